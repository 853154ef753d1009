/**
 * The site's own font files (issue #21, decision 0016): Noto Naskh Arabic, regular and bold,
 * subset with HarfBuzz's hb-subset (the `subset-font` package) from the full fonts on npm to the
 * characters the site's articles and interface use, every Arabic shaping and positioning feature
 * kept. The stylesheet declares three families: the reader's own copy (`local()` only), ours
 * (used once fetched: src/ui/site-fonts.ts), and a fallback face whose vertical metrics match
 * Naskh's, so that lines keep their height whichever face draws them.
 *
 * The fonts are Noto Naskh Arabic 2.016 (`@expo-google-fonts/noto-naskh-arabic` 0.2.3, pinned):
 * version 2.021 (0.4.x, and @fontsource 5) decomposes letters into a skeleton and separate dots
 * placed by GPOS, which WebKitGTK 2.50 (HarfBuzz 6) leaves unplaced: the dots of ش ي ة float off
 * their letters (issue #23). 2.016 draws them with the letter, in WebKit, Chromium and Firefox.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import subsetFont from 'subset-font';
import { INSTALLED_FAMILY, SITE_FAMILY } from '../../src/ui/site-fonts.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NASKH = dirname(fileURLToPath(import.meta.resolve('@expo-google-fonts/noto-naskh-arabic/package.json')));

export const FACES = [
  { weight: 400, file: join(NASKH, 'NotoNaskhArabic_400Regular.ttf'), local: ['Noto Naskh Arabic', 'Noto Naskh Arabic Regular', 'NotoNaskhArabic-Regular'] },
  { weight: 700, file: join(NASKH, 'NotoNaskhArabic_700Bold.ttf'), local: ['Noto Naskh Arabic Bold', 'NotoNaskhArabic-Bold'] },
] as const;

/** Changed whenever the generated rules change shape. */
const STYLESHEET_SHAPE = 'installed face, then the site face (2)';

/** How the faces are shown while they load (decision 0016). */
export const FONT_DISPLAY = 'optional';

/** Characters always kept: both digit sets, Arabic punctuation, the marks the interface uses. */
const ALWAYS = '0123456789٠١٢٣٤٥٦٧٨٩٪٫٬،؛؟«»…—–·‐-‏‎ـ#@%()[]:.!/';

/** Every character of the articles and of the interface's text (src/lib: UI text, month names). */
export function siteText(contentDirs: readonly string[]): string {
  const files = [
    ...contentDirs.flatMap((dir) => (existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => join(dir, name)) : [])),
    ...['src/lib/ui-text.ts', 'src/lib/locale-data.ts', 'src/lib/arabic-grammar.ts'].map((file) => join(ROOT, file)),
  ];
  const characters = new Set<string>(ALWAYS);
  for (const file of files) for (const character of readFileSync(file, 'utf8').normalize('NFC')) characters.add(character);
  return [...characters].sort().join('');
}

type Metrics = { readonly unitsPerEm: number; readonly ascender: number; readonly descender: number; readonly lineGap: number };

/** The vertical metrics of a TrueType font (head and hhea tables). */
export function fontMetrics(font: Buffer): Metrics {
  const tables = new Map<string, number>();
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i += 1) tables.set(font.toString('latin1', 12 + 16 * i, 16 + 16 * i), font.readUInt32BE(20 + 16 * i));
  const head = tables.get('head');
  const hhea = tables.get('hhea');
  if (head === undefined || hhea === undefined) throw new Error('not a TrueType font with head and hhea tables');
  return { unitsPerEm: font.readUInt16BE(head + 18), ascender: font.readInt16BE(hhea + 4), descender: font.readInt16BE(hhea + 6), lineGap: font.readInt16BE(hhea + 8) };
}

const percent = (value: number, unitsPerEm: number) => `${((100 * value) / unitsPerEm).toFixed(2)}%`;

/**
 * Writes the subset faces and their stylesheet into `outDir` (named by what went into them, so
 * an unchanged site reuses them); returns the stylesheet's path.
 */
export async function buildFonts(contentDirs: readonly string[], outDir: string): Promise<string> {
  const text = siteText(contentDirs);
  const sources = FACES.map((face) => readFileSync(face.file));
  // The stylesheet's shape is part of the name too: a change to the rules below makes new files.
  const hash = createHash('sha256').update(STYLESHEET_SHAPE).update(FONT_DISPLAY).update(text);
  for (const source of sources) hash.update(source);
  const dir = join(outDir, hash.digest('hex').slice(0, 16));
  const css = join(dir, 'fonts.css');
  if (existsSync(css)) return css;
  mkdirSync(dir, { recursive: true });
  const rules: string[] = [];
  for (const [index, face] of FACES.entries()) {
    const source = sources[index];
    if (!source) continue;
    const name = `noto-naskh-arabic-${face.weight}.woff2`;
    writeFileSync(join(dir, name), await subsetFont(source, text, { targetFormat: 'woff2' }));
    const local = face.local.map((full) => `local('${full}')`).join(', ');
    rules.push(
      // The reader's own copy: never a download, so it may be used from the first paint.
      `@font-face {\n  font-family: '${INSTALLED_FAMILY}';\n  font-style: normal;\n  font-weight: ${face.weight};\n  src: ${local};\n}`,
      // Ours: used only once it has been fetched (src/ui/site-fonts.ts, decision 0016).
      `@font-face {\n  font-family: '${SITE_FAMILY}';\n  font-style: normal;\n  font-weight: ${face.weight};\n  font-display: ${FONT_DISPLAY};\n  src: url('./${name}') format('woff2');\n}`,
    );
  }
  // The fallback the text is set in until Naskh is there: the system's Arabic face, with Naskh's
  // ascent, descent and line gap, so that lines keep their height when Naskh replaces it.
  const metrics = fontMetrics(sources[0] ?? Buffer.alloc(0));
  rules.push(
    `@font-face {\n  font-family: 'Noto Naskh Arabic fallback';\n  src: local('Noto Sans Arabic'), local('Geeza Pro'), local('Tahoma'), local('Arial'), local('DejaVu Sans');\n` +
      `  ascent-override: ${percent(metrics.ascender, metrics.unitsPerEm)};\n  descent-override: ${percent(-metrics.descender, metrics.unitsPerEm)};\n  line-gap-override: ${percent(metrics.lineGap, metrics.unitsPerEm)};\n}`,
  );
  writeFileSync(css, `/* Generated by scripts/lib/fonts.ts: do not edit. */\n${rules.join('\n\n')}\n`);
  return css;
}
