import { sourcesText } from '../../../lib/ui-text.ts';
import { useMediaQuery } from '../../../ui/use-media-query.ts';
import { NARROW_QUERY, SOURCES_DRAWER_ID, openDrawer } from './sources-drawer.ts';
import styles from './sources.module.css';

/** The opener of the sources' drawer, where the drawer is used (the toolbar, the article's end). */
export function SourcesOpener({ count }: { count: number }) {
  const narrow = useMediaQuery(NARROW_QUERY);
  if (!narrow || count === 0) return null;
  return (
    <button type="button" className={styles.opener} aria-haspopup="dialog" aria-controls={SOURCES_DRAWER_ID} onClick={openDrawer}>
      {sourcesText.sourcesOpen}
    </button>
  );
}
