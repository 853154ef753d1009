import { offlineText } from '../../../lib/ui-text.ts';
import { SaveIcon, SavedIcon } from '../../../ui/icons.tsx';
import { showToast } from '../../../ui/toast.tsx';
import { useSavedArticle } from '../use-saved-article.ts';
import pill from '../../../ui/pill-button.module.css';
import styles from './save-offline-button.module.css';

/**
 * «حفظ للقراءة دون اتصال», then «محفوظ للقراءة دون اتصال»: keeps the article for offline reading,
 * or lets it go; a toast says which happened. Its words say the state (a pressed toggle with
 * one name looked the same saved or not, on a touch screen with no tooltip). Shown only where
 * the browser can do it, once the page is live.
 */
export function SaveOfflineButton({ slug }: { slug: string }) {
  const { state, save, remove } = useSavedArticle(slug);
  if (state === 'unavailable' || state === 'checking') return null;
  const saved = state === 'saved';
  const onClick = async () => {
    if (saved) {
      await remove();
      showToast(offlineText.removedToast);
      return;
    }
    showToast((await save()) ? offlineText.savedToast : offlineText.failedToast);
  };
  return (
    <button
      type="button"
      className={`${pill.pill} ${styles.button}`}
      data-saved={saved || undefined}
      aria-busy={state === 'saving' || undefined}
      disabled={state === 'saving'}
      title={saved ? offlineText.savedHint : offlineText.save}
      onClick={() => void onClick()}
    >
      {saved ? <SavedIcon /> : <SaveIcon />}
      <span className={styles.label}>{saved ? offlineText.saved : offlineText.save}</span>
    </button>
  );
}
