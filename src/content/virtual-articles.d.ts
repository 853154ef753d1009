// Types of the virtual modules produced by scripts/vite/content-plugin.ts at build time.
declare module 'virtual:sahifa/articles' {
  /** One entry per bundled article, validated at build. */
  export const summaries: readonly import('./schema.ts').ArticleSummary[];
  /** Loads one article's validated data (a separate chunk per article). */
  export const loaders: Readonly<Record<string, () => Promise<{ default: import('./schema.ts').Article }>>>;
}
