/**
 * What a shared paragraph, tweet or article shows before anyone opens it: the preview's text
 * (Open Graph description) and the share image's content. Pure: no React, no DOM, no file
 * system; the build draws the image from it (scripts/lib/share-images.ts).
 */
import type { Article, Block } from '../../../content/schema.ts';
import { excerpt } from '../../../lib/excerpt.ts';
import { formatArabicDate, type DigitStyle } from '../../../lib/format.ts';
import { blockDirection, stripBidiControls, type Direction } from '../../../lib/text-direction.ts';
import { appText, sharePageText, shareText } from '../../../lib/ui-text.ts';

/** A preview's description, as chat apps show it (two or three lines). */
export const DESCRIPTION_LENGTH = 160;
/** The text an image holds: its opening when longer, cut at a word. */
export const IMAGE_TEXT_LENGTH = 260;

export type ShareCard = {
  readonly kind: 'paragraph' | 'tweet' | 'article';
  readonly siteName: string;
  /** What the card is («فقرة من مقال»…), drawn beside the site's name. */
  readonly label: string;
  /**
   * The article's headline, drawn at the card's foot; '' on the article's own card when the
   * headline is the start of the text it shows (a lede-excerpt headline): not said twice.
   */
  readonly headline: string;
  /** The block's text (or the article's opening), cut at a word with «…». */
  readonly text: string;
  /**
   * The text's direction as the page shows it: the article right to left always (it inherits the
   * page's), a paragraph or a tweet as blockDirection says (an English paragraph left to right).
   */
  readonly direction: Direction;
  /** For a tweet: who wrote it and when, as the page shows it. */
  readonly tweet?: { readonly name: string; readonly handle: string; readonly date: string };
  readonly digits: DigitStyle;
};

/**
 * Text for a picture, a preview or a copy: flat lines, no bidi controls (what shows isolates runs
 * itself) and no other control characters.
 */
export function cleanShareText(text: string): string {
  return stripBidiControls(text)
    .replace(/[\p{Cc}\u200b\u2060\ufeff]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

const clean = cleanShareText;

/** How much of a block's opening its share control's name carries: a few words. */
const OPENING = 32;

/**
 * A block's opening words, for its share control's name (every paragraph has one, and a screen
 * reader's list of buttons must tell them apart). Cleans only the head of the text: this runs for
 * every block of an article as it renders.
 */
export function blockOpening(text: string): string {
  // The cut falls within the head's first half: a letter the slice split is never part of it.
  const head = clean(text.slice(0, OPENING * 2));
  return excerpt(head.length > OPENING ? head : clean(text), OPENING) || shareText.emptyBlock;
}

/** A tweet author's name to show: their name, or their @handle when the name has nothing visible. */
export function authorName(block: Extract<Block, { type: 'tweet' }>): string {
  return clean(block.author.name) || `@${block.author.handle}`;
}

/**
 * Who wrote a tweet, for text pasted elsewhere: their name and @handle (names are not unique;
 * the handle, isolated left to right, keeps its @ in front in Arabic text), or the handle alone.
 */
export function authorByline(block: Extract<Block, { type: 'tweet' }>): string {
  const name = clean(block.author.name);
  const handle = `\u2066@${block.author.handle}\u2069`;
  return name ? `${name} (${handle})` : handle;
}

/**
 * What leads a tweet's quote pasted or previewed elsewhere: who wrote it, on X, and whether it
 * has since been deleted or withheld there (as its card says).
 */
export function tweetAttribution(block: Extract<Block, { type: 'tweet' }>, who = authorByline(block)): string {
  return shareText.tweetBy[block.availability](who);
}

/** A quote led by its attribution, when it has one. */
export function attributedQuote(quote: string, attribution?: string): string {
  return attribution ? `${attribution}: ${quote}` : quote;
}

function tweetDate(block: Extract<Block, { type: 'tweet' }>, article: Article, digits: DigitStyle): string {
  return block.date.iso === null ? clean(block.date.original) : formatArabicDate(block.date.iso, digits, article.dateStyle ?? 'standard');
}

/** The article's first paragraph, flat, and the one after it ('' when there is none). */
function ledeOf(article: Article): { lede: string; next: string } {
  const [lede = '', next = ''] = article.blocks.flatMap((block) => (block.type === 'paragraph' ? [clean(block.text)] : []));
  return { lede, next };
}

/** Whether the headline is the lede's own start (`lede-excerpt`): a preview then does not say it twice. */
function headlineOpensLede(article: Article, lede: string): boolean {
  return article.headline.derivation === 'lede-excerpt' && lede.startsWith(clean(article.headline.text));
}

/**
 * What an article's preview says after its title (a share preview, the list, the feed): its
 * first paragraph, or, when the headline is that paragraph's start, what follows it there («…»
 * before it). A lede that is all headline gives the next paragraph.
 */
export function articleOpening(article: Article): string {
  const { lede, next } = ledeOf(article);
  if (!headlineOpensLede(article, lede)) return lede;
  const rest = lede.slice(clean(article.headline.text).length).replace(/^[\s،,؛;:.]+/u, '');
  return rest === '' ? next : `…${rest}`;
}

/** The card for one block of `article`, or for the article itself (`block` null). */
export function shareCardOf(article: Article, block: Block | null, digits: DigitStyle = 'arab'): ShareCard {
  const base = { siteName: appText.siteName, headline: clean(article.headline.text), digits };
  if (block === null) {
    const { lede } = ledeOf(article);
    // The picture reads from the lede's first word; a headline that is that start is not repeated below it.
    const headline = headlineOpensLede(article, lede) ? '' : base.headline;
    return { ...base, headline, kind: 'article', label: sharePageText.imageKindArticle, text: excerpt(lede, IMAGE_TEXT_LENGTH), direction: 'rtl' };
  }
  const text = excerpt(clean(block.text), IMAGE_TEXT_LENGTH) || shareText.emptyBlock;
  // Read the way the article reads the whole block, not its excerpt's first words.
  const direction = blockDirection(block.type, block.text);
  if (block.type === 'paragraph') return { ...base, kind: 'paragraph', label: sharePageText.imageKindParagraph, text, direction };
  return {
    ...base,
    kind: 'tweet',
    label: sharePageText.imageKindTweet[block.availability],
    text,
    direction,
    tweet: { name: authorName(block), handle: block.author.handle, date: tweetDate(block, article, digits) },
  };
}

/** The preview's description: the block's own text (a tweet's with its author, without its pictures' links), cut at a word. */
export function shareDescription(article: Article, block: Block | null): string {
  if (block === null) return excerpt(articleOpening(article) || clean(article.headline.text), DESCRIPTION_LENGTH);
  // A picture's link (pic.twitter.com/…) says nothing in a preview, and cut it ended every one in «…».
  const words = block.type === 'tweet' ? block.media.reduce((text, link) => text.split(link).join(' '), block.text) : block.text;
  const text = clean(words);
  const own = text === '' ? shareText.emptyBlock : text;
  return excerpt(block.type === 'tweet' ? attributedQuote(own, tweetAttribution(block, authorName(block))) : own, DESCRIPTION_LENGTH);
}

/** The image's text alternative (og:image:alt), in Arabic: what the picture shows. */
export function shareImageAlt(article: Article, block: Block | null): string {
  const headline = clean(article.headline.text);
  if (block === null) return headlineOpensLede(article, ledeOf(article).lede) ? sharePageText.imageAltArticleOpening(headline) : sharePageText.imageAltArticle(headline);
  if (block.type === 'tweet') return sharePageText.imageAltTweet(authorName(block), headline, block.availability);
  return sharePageText.imageAltParagraph(headline);
}

/**
 * What is copied for a block: the quote, a tweet's led by who wrote it («ريما (@…) على X: «…»»:
 * pasted elsewhere it is theirs, not the article's; tweetAttribution), a line break, the address
 * (`text/plain`).
 */
export function clipboardText(quote: string, url: string, attribution?: string): string {
  const shared = sharedQuote(quote, attribution);
  return shared === '' ? url : `${shared}\n${url}`;
}

/** The quote shared or copied with a block's address: whole up to 400 characters, cut at a word after. */
export function sharedQuote(quote: string, attribution?: string): string {
  const flat = clean(quote);
  return flat === '' ? '' : attributedQuote(`«${excerpt(flat, 400)}»`, attribution);
}
