/**
 * Who says what: each source with its claims (citations in paragraphs and the tweets it wrote),
 * resolved to places in the text, plus a summary of the article's mix of sources.
 */
import type { Article, Source } from '../../../content/schema.ts';
import { isUnnamedKind } from '../../../lib/source-kinds.ts';
import type { CitationRange } from '../../../lib/segments.ts';
import { stripBidiControls } from '../../../lib/text-direction.ts';
import { resolveQuote } from '../../../lib/text-quote.ts';

/** One place in the article where a source is cited: a quoted span, or a whole tweet, with its words. */
export type ClaimPlace =
  | { readonly type: 'citation'; readonly citationId: string; readonly blockId: string; readonly elementId: string; readonly text: string }
  | { readonly type: 'tweet'; readonly blockId: string; readonly elementId: string; readonly text: string };

export type SourceEntry = {
  readonly source: Source;
  readonly unnamed: boolean;
  /** In reading order. */
  readonly places: readonly ClaimPlace[];
  /** The X accounts that speak for this source in the article (its tweets' authors), so readers can tell them apart. */
  readonly handles: readonly string[];
};

/** A quoted span as a numbered note (print: endnotes). */
export type Endnote = { readonly number: number; readonly citationId: string; readonly blockId: string; readonly quote: string; readonly sourceId: string };

export type SourceSummary = {
  readonly paragraphs: number;
  readonly paragraphsWithoutAttribution: number;
  readonly claims: number;
  readonly claimsOnUnnamedSources: number;
};

export type SourceModel = {
  readonly entries: readonly SourceEntry[];
  readonly summary: SourceSummary;
  /** Resolved citation spans per paragraph id. */
  readonly citationsByParagraph: ReadonlyMap<string, readonly CitationRange[]>;
  readonly sourceIdByCitation: ReadonlyMap<string, string>;
  /** Every shown citation, numbered in reading order. */
  readonly endnotes: readonly Endnote[];
  /** The date every source's description holds for, when they all share one (said once, not per source). */
  readonly commonAsOf: string | null;
};


/** The DOM id of a quoted span (stable: built from the stored citation id). */
export function citationElementId(citationId: string): string {
  return `cite-${citationId}`;
}

/** The DOM id of a source's entry in the sidebar. */
export function sourceElementId(sourceId: string): string {
  return `source-${sourceId}`;
}

export function buildSourceModel(article: Article): SourceModel {
  const citationsByParagraph = new Map<string, CitationRange[]>();
  const sourceIdByCitation = new Map<string, string>();
  const placesBySource = new Map<string, ClaimPlace[]>();
  const addPlace = (sourceId: string, place: ClaimPlace) => placesBySource.set(sourceId, [...(placesBySource.get(sourceId) ?? []), place]);

  const citationsInParagraph = new Map<string, typeof article.citations>();
  // Ingest proposals an editor has not confirmed are not shown to readers.
  const confirmedSources = article.sources.filter((source) => source.review === undefined);
  const confirmedIds = new Set(confirmedSources.map((source) => source.id));
  for (const citation of article.citations) {
    if (citation.review !== undefined || !confirmedIds.has(citation.sourceId)) continue;
    citationsInParagraph.set(citation.paragraphId, [...(citationsInParagraph.get(citation.paragraphId) ?? []), citation]);
  }

  for (const block of article.blocks) {
    if (block.type === 'tweet') {
      // Its words without its pictures' links (the card shows those as chips, not as text).
      const words = block.media.reduce((text, link) => text.split(link).join(''), block.text).trim();
      if (confirmedIds.has(block.sourceId)) addPlace(block.sourceId, { type: 'tweet', blockId: block.id, elementId: block.id, text: words });
      continue;
    }
    const resolved: CitationRange[] = [];
    const { text } = block;
    for (const citation of citationsInParagraph.get(block.id) ?? []) {
      const found = resolveQuote(text, citation.quote);
      if (found.status !== 'found') continue; // the build refuses these; never guess a place
      resolved.push({ id: citation.id, start: found.start, end: found.end });
      sourceIdByCitation.set(citation.id, citation.sourceId);
    }
    resolved.sort((a, b) => a.start - b.start);
    for (const range of resolved) {
      const sourceId = sourceIdByCitation.get(range.id);
      if (sourceId) addPlace(sourceId, { type: 'citation', citationId: range.id, blockId: block.id, elementId: citationElementId(range.id), text: text.slice(range.start, range.end) });
    }
    if (resolved.length > 0) citationsByParagraph.set(block.id, resolved);
  }

  const handlesBySource = new Map<string, string[]>();
  for (const block of article.blocks) {
    if (block.type !== 'tweet') continue;
    const handles = handlesBySource.get(block.sourceId) ?? [];
    if (!handles.includes(block.author.handle)) handles.push(block.author.handle);
    handlesBySource.set(block.sourceId, handles);
  }
  const entries = confirmedSources.map((source) => ({
    // Names of people on social media are user-generated: no bidi controls reach the screen.
    source: { ...source, name: stripBidiControls(source.name), affiliation: { ...source.affiliation, text: stripBidiControls(source.affiliation.text) } },
    unnamed: isUnnamedKind(source.kind),
    places: placesBySource.get(source.id) ?? [],
    handles: handlesBySource.get(source.id) ?? [],
  }));
  const endnotes: Endnote[] = [];
  for (const block of article.blocks) {
    if (block.type !== 'paragraph') continue;
    for (const range of citationsByParagraph.get(block.id) ?? []) {
      endnotes.push({ number: endnotes.length + 1, citationId: range.id, blockId: block.id, quote: block.text.slice(range.start, range.end), sourceId: sourceIdByCitation.get(range.id) ?? '' });
    }
  }
  const asOfDates = new Set(entries.map((entry) => entry.source.affiliation.asOf));
  const commonAsOf = asOfDates.size === 1 ? ([...asOfDates][0] ?? null) : null;
  const paragraphs = article.blocks.filter((block) => block.type === 'paragraph').length;
  const claims = entries.reduce((sum, entry) => sum + entry.places.length, 0);
  return {
    entries,
    summary: {
      paragraphs,
      paragraphsWithoutAttribution: paragraphs - citationsByParagraph.size,
      claims,
      claimsOnUnnamedSources: entries.filter((entry) => entry.unnamed).reduce((sum, entry) => sum + entry.places.length, 0),
    },
    citationsByParagraph,
    sourceIdByCitation,
    endnotes,
    commonAsOf,
  };
}
