import { Component, type ReactNode } from 'react';
import { appText, offlineText } from '../lib/ui-text.ts';
import { PartLoadError } from './lazy-part.ts';

type Props = {
  readonly children: ReactNode;
  readonly resetKey: string;
  /** Before trying again: what failed is to be loaded afresh. */
  readonly onRetry?: () => void;
};
type State = {
  readonly failed: boolean;
  readonly resetKey: string;
  /** What failed was a part's code: React keeps that failure, only a new page load tries again. */
  readonly reloadToRetry?: boolean;
};

/** Catches a rendering error below it and offers a way on, in Arabic, instead of a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { failed: true, reloadToRetry: error instanceof PartLoadError };
  }

  // Navigating elsewhere gives the new page a fresh chance.
  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    const offline = typeof navigator !== 'undefined' && !navigator.onLine;
    return (
      <section className="narrow" role="alert" aria-labelledby="error-title">
        {/* Offline, a page never opened nor saved could not load: that is what to say. */}
        <h1 id="error-title">{offline ? offlineText.offlineTitle : appText.errorTitle}</h1>
        <p>{offline ? offlineText.offlineNotOpened : appText.errorBody}</p>
        <p>
          <button type="button" className="text-button" onClick={() => {
              // Still offline, a page load would only show the browser's own error page.
              if (this.state.reloadToRetry && navigator.onLine) return window.location.reload();
              this.props.onRetry?.();
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
