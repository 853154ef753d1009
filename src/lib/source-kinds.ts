/** What kind of source an article cites: the content schema's list, named for readers in ui-text.ts. */
export const SOURCE_KINDS = [
  'state-news-agency',
  'news-agency',
  'state-affiliated-media',
  'news-outlet',
  'unnamed-military',
  'unnamed-official',
  'unnamed-media',
  'social-media-individual',
  'named-person',
  'organization',
  'unclassified',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

const UNNAMED_KINDS: ReadonlySet<SourceKind> = new Set(['unnamed-military', 'unnamed-official', 'unnamed-media']);

/** Sources the article does not name («مصادر عسكرية»). */
export function isUnnamedKind(kind: SourceKind): boolean {
  return UNNAMED_KINDS.has(kind);
}
