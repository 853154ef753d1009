/**
 * Share images (issue #19, decision 0015): a 1200×630 PNG for each article and each of its
 * paragraphs and tweets, drawn at build time with sharp (libvips text through Pango and
 * HarfBuzz, so Arabic is shaped and bidi-ordered), in fonts that come from npm only: a
 * fontconfig file of our own names their folders, and no system font is ever looked at.
 *
 * Each image is named by the hash of what it shows (and of the fonts and this drawing code), and
 * kept in a cache folder between builds: a rebuild draws only the cards that changed.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ShareCard } from '../../src/features/sharing/lib/share-card.ts';
import { findLtrRuns, type Direction } from '../../src/lib/text-direction.ts';

export const SHARE_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const;

/**
 * The drawing below and the rule that orders its mixed lines (text-direction.ts), as source: a
 * change to either draws every image again. A cached image drawn with the old rule was reused
 * when only the rule changed.
 */
const DRAWING_VERSION = ['./share-images.ts', '../../src/lib/text-direction.ts'].map((file) => readFileSync(new URL(file, import.meta.url), 'utf8')).join('\0');

const MARGIN = 64;
const CONTENT_WIDTH = SHARE_IMAGE.width - 2 * MARGIN;
const COLORS = { paper: '#fdfcf9', ink: '#1b1b1b', muted: '#555048', accent: '#0b5a7a', rule: '#d9d4c7' } as const;

const packageDir = (name: string) => dirname(fileURLToPath(import.meta.resolve(`@expo-google-fonts/${name}/package.json`)));

/** The font folders: Noto Naskh Arabic for Arabic, Noto Serif for Latin, Noto Emoji for emoji. */
function fontDirs(): string[] {
  const naskh = packageDir('noto-naskh-arabic');
  const serif = packageDir('noto-serif');
  const emoji = packageDir('noto-emoji');
  return [naskh, join(serif, '400Regular'), join(serif, '700Bold'), join(emoji, '400Regular')];
}

function fontsHash(dirs: readonly string[]): string {
  const hash = createHash('sha256');
  for (const dir of dirs) {
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ttf')).sort()) hash.update(name).update(readFileSync(join(dir, name)));
  }
  return hash.digest('hex');
}

function writeFontconfig(cacheDir: string, dirs: readonly string[]): string {
  const file = join(cacheDir, 'fonts.conf');
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  writeFileSync(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      ...dirs.map((dir) => `  <dir>${xml(dir)}</dir>`),
      `  <cachedir>${xml(join(cacheDir, 'fontconfig'))}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * Pango markup of `text`, every left-to-right run isolated (LRI…PDI) as the page does, led by a
 * mark of the direction the page gives it (Pango takes a paragraph's direction from its first
 * strong letter, and does not look past isolates).
 */
export function isolatedMarkup(text: string, direction: Direction = 'rtl'): string {
  return `${direction === 'ltr' ? '\u200e' : '\u200f'}${isolatedRuns(text)}`;
}

function isolatedRuns(text: string): string {
  const escape = (part: string) => part.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  let out = '';
  let at = 0;
  for (const run of findLtrRuns(text)) {
    out += `${escape(text.slice(at, run.start))}\u2066${escape(text.slice(run.start, run.end))}\u2069`;
    at = run.end;
  }
  return out + escape(text.slice(at));
}

const FONT = 'Noto Naskh Arabic, Noto Serif, Noto Emoji';

type Sharp = typeof import('sharp');
type TextPart = { readonly input: Buffer; readonly width: number; readonly height: number };

type TextOptions = { width?: number; height?: number; bold?: boolean; color?: string; spacing?: number };

/** The parts every card of an article repeats (site name, label, headline) are laid out once. */
const laidOut = new Map<string, Promise<TextPart>>();

function textPart(sharp: Sharp, markup: string, size: number, options: TextOptions): Promise<TextPart> {
  const key = JSON.stringify([markup, size, options]);
  let part = laidOut.get(key);
  if (!part) {
    part = layOut(sharp, markup, size, options);
    laidOut.set(key, part);
    if (laidOut.size > 2000) laidOut.delete(laidOut.keys().next().value ?? key);
  }
  return part;
}

async function layOut(sharp: Sharp, markup: string, size: number, options: TextOptions): Promise<TextPart> {
  const weight = options.bold ? ' Bold' : '';
  const { data, info } = await sharp({
    text: {
      // No hyphen is added where a long word breaks: Arabic is not hyphenated, a link must not change.
      text: `<span foreground="${options.color ?? COLORS.ink}" insert_hyphens="false">${markup}</span>`,
      // In points, not pixels (at libvips' 72 dpi the same): only a size in points is scaled down
      // when libvips fits the text to a height.
      font: `${FONT}${weight} ${size}`,
      width: options.width ?? CONTENT_WIDTH,
      ...(options.height === undefined ? {} : { height: options.height }),
      // Pango swaps left and right in a right-to-left layout: 'left' is the start, the right edge.
      align: 'left',
      // A word longer than the line (a long link) breaks between letters rather than overflow.
      wrap: 'word-char',
      rgba: true,
      spacing: options.spacing ?? 0,
    },
  })
    .png()
    .toBuffer({ resolveWithObject: true });
  return { input: data, width: info.width, height: info.height };
}

/** Laid out at `size`, or smaller when that would be taller than `maxHeight` (libvips finds the size). */
async function fitted(sharp: Sharp, markup: string, size: number, options: TextOptions, maxHeight: number, shared = false): Promise<TextPart> {
  const natural = await (shared ? textPart : layOut)(sharp, markup, size, options);
  return natural.height <= maxHeight ? natural : layOut(sharp, markup, size, { ...options, height: maxHeight });
}

type Box = { readonly top: number; readonly height: number };
/** Where a card's parts went: the tests check that nothing runs into the rule above the headline. */
export type CardLayout = { readonly text: Box; readonly rule: number; readonly headline: Box | null; readonly author?: Box };

/** The drawing of one card: site name, the text (a tweet with its author), the article's headline. */
async function draw(sharp: Sharp, card: ShareCard): Promise<{ png: Buffer; layout: CardLayout }> {
  const layers: { input: Buffer; top: number; left: number }[] = [];
  const place = (part: TextPart, top: number) => layers.push({ input: part.input, top, left: SHARE_IMAGE.width - MARGIN - part.width });

  const brand = await textPart(sharp, isolatedMarkup(card.siteName), 34, { bold: true, color: COLORS.accent });
  place(brand, MARGIN - 16);
  const kind = await textPart(sharp, isolatedMarkup(card.label), 24, { color: COLORS.muted, width: CONTENT_WIDTH - brand.width - 24 });
  layers.push({ input: kind.input, top: MARGIN - 6, left: SHARE_IMAGE.width - MARGIN - brand.width - 24 - kind.width });

  // No headline (an article's card whose text begins with it): the text has the foot too.
  const headline = card.headline === '' ? null : await fitted(sharp, isolatedMarkup(card.headline), 28, { bold: true, color: COLORS.muted }, 90, true);
  const headlineTop = headline ? SHARE_IMAGE.height - MARGIN - headline.height + 8 : SHARE_IMAGE.height - MARGIN + 36;
  if (headline) place(headline, headlineTop);

  let top = MARGIN + 64;
  let author: Box | undefined;
  if (card.tweet) {
    // The author as the page shows them: name, then @handle and date, each isolated. A dash
    // between them, not a middle dot: beside Arabic digits a dot reads as a zero (٣ · → ٣٠).
    const authorTop = top;
    const name = await fitted(sharp, isolatedMarkup(card.tweet.name), 32, { bold: true }, 50);
    place(name, top);
    top += name.height + 6;
    const date = card.tweet.date === '' ? '' : ` — ${isolatedRuns(card.tweet.date)}`;
    const byline = await layOut(sharp, `\u200f\u2066@${isolatedRuns(card.tweet.handle)}\u2069${date}`, 24, { color: COLORS.muted });
    place(byline, top);
    top += byline.height + 20;
    author = { top: authorTop, height: top - authorTop };
  }
  const room = Math.max(60, headlineTop - 36 - top);
  const text = await fitted(sharp, isolatedMarkup(card.text, card.direction), 44, { spacing: 10 }, room);
  place(text, top);

  const rule = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${CONTENT_WIDTH}" height="2"><rect width="100%" height="2" fill="${COLORS.rule}"/></svg>`);
  if (headline) layers.push({ input: rule, top: headlineTop - 18, left: MARGIN });
  const bar = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="12" height="${SHARE_IMAGE.height}"><rect width="12" height="100%" fill="${COLORS.accent}"/></svg>`);
  layers.push({ input: bar, top: 0, left: SHARE_IMAGE.width - 12 });

  const png = await sharp({ create: { width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, channels: 3, background: COLORS.paper } })
    .composite(layers)
    .png({ palette: true, quality: 90, effort: 4 })
    .toBuffer();
  return { png, layout: { text: { top, height: text.height }, rule: headlineTop - 18, headline: headline && { top: headlineTop, height: headline.height }, author } };
}

export type ShareImageFile = { readonly path: string; readonly width: number; readonly height: number; readonly type: string };
/** `drawMs`: the build's time spent drawing (wall clock, images drawn side by side). */
export type ShareImageStats = { readonly drawn: number; readonly reused: number; readonly drawMs: number };

export type ShareImages = {
  /** The image of a card, drawn or taken from the cache, copied into the build. */
  imageOf(card: ShareCard): Promise<ShareImageFile>;
  stats(): ShareImageStats;
};

let loaded: Promise<{ sharp: Sharp; fonts: string }> | null = null;

/** sharp, started once with our fonts only (fontconfig reads its file when it starts). */
function loadSharp(): Promise<{ sharp: Sharp; fonts: string }> {
  loaded ??= (async () => {
    const dirs = fontDirs();
    const configDir = fileURLToPath(new URL('../../node_modules/.cache/sahifa-fontconfig/', import.meta.url));
    mkdirSync(configDir, { recursive: true });
    process.env.FONTCONFIG_FILE = writeFontconfig(configDir, dirs);
    const { default: sharp } = await import('sharp');
    // The fonts and the text engine's versions are part of what an image looks like.
    return { sharp, fonts: `${fontsHash(dirs)}:${JSON.stringify(sharp.versions)}` };
  })();
  return loaded;
}

/** One card's PNG and where its parts went, drawn now (the build goes through shareImages and its cache). */
export async function drawShareCard(card: ShareCard): Promise<{ png: Buffer; layout: CardLayout }> {
  const { sharp } = await loadSharp();
  return draw(sharp, card);
}

/** Images under `dist/share/`, cached in `cache`. */
export async function shareImages(dist: string, cache: string): Promise<ShareImages> {
  const cacheDir = resolve(cache);
  mkdirSync(cacheDir, { recursive: true });
  mkdirSync(join(dist, 'share'), { recursive: true });
  const { sharp, fonts } = await loadSharp();
  let drawn = 0;
  let reused = 0;
  let drawMs = 0;
  let active = 0;
  let busySince = 0;
  const inFlight = new Map<string, Promise<void>>();

  const ensure = (name: string, card: ShareCard): Promise<void> => {
    const cached = join(cacheDir, name);
    if (existsSync(cached)) {
      reused += 1;
      return Promise.resolve();
    }
    let pending = inFlight.get(name);
    if (!pending) {
      pending = (async () => {
        // Wall time while any image is being drawn: what the build spends on them.
        if (active === 0) busySince = performance.now();
        active += 1;
        const { png } = await draw(sharp, card).finally(() => {
          active -= 1;
          if (active === 0) drawMs += performance.now() - busySince;
        });
        writeFileSync(`${cached}.tmp`, png);
        renameSync(`${cached}.tmp`, cached);
        drawn += 1;
      })();
      inFlight.set(name, pending);
    }
    return pending;
  };

  return {
    async imageOf(card) {
      const name = `${createHash('sha256').update(DRAWING_VERSION).update(fonts).update(JSON.stringify(card)).digest('base64url').slice(0, 22)}.png`;
      await ensure(name, card);
      const target = join(dist, 'share', name);
      if (!existsSync(target)) copyFileSync(join(cacheDir, name), target);
      return { path: `/share/${name}`, width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, type: SHARE_IMAGE.type };
    },
    stats: () => ({ drawn, reused, drawMs }),
  };
}
