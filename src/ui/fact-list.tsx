import type { ReactNode } from 'react';
import styles from './fact-list.module.css';

/** The facts about an article, one `<li>` each: the article's header and the list share it. */
export function FactList({ className, children }: { className?: string; children: ReactNode }) {
  return <ul className={className ? `${styles.facts} ${className}` : styles.facts}>{children}</ul>;
}
