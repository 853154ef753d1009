import { Component, type ReactNode } from 'react';
import { KeptArticlesList } from '../features/offline/components/kept-articles-list.tsx';
import { appText, offlineText } from '../lib/ui-text.ts';

type Props = {
  readonly children: ReactNode;
  readonly resetKey: string;
  /** Once the error shows: what failed is to be loaded afresh when next asked for. */
  readonly onCaught?: () => void;
};
type State = { readonly failed: boolean; readonly resetKey: string };

/** Catches a rendering error below it and offers a way on, in Arabic, instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  // Not before: the render right after a failure would only start the same failing load again.
  // Then a retry, or the page reached again by a link, loads it anew. The tab says what shows
  // (it still named the page before).
  override componentDidCatch(): void {
    this.props.onCaught?.();
    document.title = appText.tabTitle(navigator.onLine ? appText.errorTitle : offlineText.offlineTitle);
  }

  // Offline, the page «will open when the connection returns», as the message says.
  private readonly retryOnline = () => {
    if (this.state.failed) this.setState({ failed: false });
  };

  override componentDidMount(): void {
    window.addEventListener('online', this.retryOnline);
  }

  override componentWillUnmount(): void {
    window.removeEventListener('online', this.retryOnline);
  }

  // Navigating elsewhere gives the new page a fresh chance.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return (
      <section className="narrow" aria-labelledby="error-title">
        {/* Offline, a page never opened nor saved could not load: that is what to say. The
            alert is what happened, not the ways on after it. */}
        <div role="alert">
          <h1 id="error-title">{offline ? offlineText.offlineTitle : appText.errorTitle}</h1>
          <p>{offline ? offlineText.offlineNotOpened : appText.errorBody}</p>
        </div>
        {offline && <KeptArticlesList />}
        <p>
          <button type="button" className="text-button" onClick={(event) => {
              // The button goes with the view: focus stays in the page's main part, not lost.
              event.currentTarget.closest('main')?.focus({ preventScroll: true });
              this.setState({ failed: false });
            }}>
            {appText.errorRetry}
          </button>
        </p>
        <p>
          {/* A plain link: a full page load also resets whatever state broke the page. */}
          <a href="/">{appText.backHome}</a>
        </p>
      </section>
    );
  }
}
