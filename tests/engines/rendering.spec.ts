/**
 * The served fonts draw in every engine as in Chromium (issue #23). A fixed Arabic line, with
 * the dots of ش ي ة and harakat over and under letters, is drawn on a canvas with each face in
 * this engine and in Chromium, and the two drawings' ink compared (ink.ts). The full font of the
 * same version is the yardstick: what it differs by between two engines is antialiasing and
 * hinting, and the served subset may differ by no more. Noto Naskh Arabic 2.021 (the files the
 * site served before, whose dots WebKitGTK leaves off their letters) is the control that the
 * check sees misplaced marks.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from '../e2e/find-browser.ts';
import { findEngines } from './engines.ts';
import { test, expect } from './fixtures.ts';
import { inkDifference, inkFrom } from './ink.ts';
import { openPlaywrightPage, type ReaderPage } from './reader-page.ts';

const LINE = 'استعادت قوات الجيش السيطرة على مدينة دير الزور شرقي سوريا، المرجَّح ما نُسب ٢٠١٧';
/** Each word on a canvas of its own: engines' advances differ by fractions that add up along a line. */
const CANVAS = { width: 360, height: 110, fontSize: 56 };
/** What the full font differs by between engines is far below this; a misplaced dot far above. */
const TOLERANCE = 0.4;
const WEIGHTS = [400, 700] as const;

const require = createRequire(import.meta.url);
const fullFont = (weight: 400 | 700) => require.resolve(`@expo-google-fonts/noto-naskh-arabic/${weight === 400 ? 'NotoNaskhArabic_400Regular' : 'NotoNaskhArabic_700Bold'}.ttf`);
const misdrawnFont = (weight: 400 | 700) => require.resolve(`@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-${weight}-normal.woff2`);

type Source = { readonly label: 'served' | 'full' | 'misdrawn'; readonly weight: 400 | 700; readonly base64?: string };
type Drawing = { label: string; weight: number; word: number; width: number; height: number; alpha: string };

async function sources(): Promise<Source[]> {
  const list: Source[] = [];
  for (const weight of WEIGHTS) {
    list.push({ label: 'served', weight });
    list.push({ label: 'full', weight, base64: (await readFile(fullFont(weight))).toString('base64') });
    list.push({ label: 'misdrawn', weight, base64: (await readFile(misdrawnFont(weight))).toString('base64') });
  }
  return list;
}

/** Draws the line with each source in the page's engine: the site's own file, or the bytes given. */
function draw(page: ReaderPage, list: Source[]): Promise<Drawing[]> {
  return page.evaluate(
    async ({ list, line, canvas: size }) => {
      const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule);
      const served = (weight: number) => {
        const rule = rules.find((candidate) => candidate.style.getPropertyValue('font-family').replace(/["']/g, '') === 'Noto Naskh Arabic' && candidate.style.getPropertyValue('font-weight') === String(weight));
        const url = rule && /url\(["']?([^"')]+)/.exec(rule.style.getPropertyValue('src'))?.[1];
        if (!url) throw new Error(`no served face of weight ${weight}`);
        return new URL(url, rule.parentStyleSheet?.href ?? location.href).href;
      };
      const drawings: { label: string; weight: number; word: number; width: number; height: number; alpha: string }[] = [];
      for (const source of list) {
        const family = `Sahifa check ${source.label} ${source.weight}`;
        const bytes = source.base64 ? Uint8Array.from(atob(source.base64), (character) => character.charCodeAt(0)).buffer : null;
        const face = new FontFace(family, bytes ?? `url(${served(source.weight)})`, { weight: String(source.weight) });
        document.fonts.add(await face.load());
        for (const [word, text] of line.split(' ').entries()) {
          const canvas = document.createElement('canvas');
          canvas.width = size.width;
          canvas.height = size.height;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no canvas');
          context.font = `${source.weight} ${size.fontSize}px "${family}"`;
          context.direction = 'rtl';
          context.textAlign = 'right';
          context.fillStyle = '#000';
          context.fillText(text, size.width - 10, Math.round(size.height * 0.62));
          const pixels = context.getImageData(0, 0, size.width, size.height).data;
          const alpha = new Uint8Array(size.width * size.height);
          for (let index = 0; index < alpha.length; index += 1) alpha[index] = pixels[index * 4 + 3] ?? 0;
          let binary = '';
          for (let start = 0; start < alpha.length; start += 0x8000) binary += String.fromCharCode(...alpha.subarray(start, start + 0x8000));
          drawings.push({ label: source.label, weight: source.weight, word, width: size.width, height: size.height, alpha: btoa(binary) });
        }
      }
      return drawings;
    },
    { list, line: LINE, canvas: CANVAS },
  );
}

type Drawn = { readonly drawings: Drawing[]; readonly label: Source['label'] };

/** The ink difference of a whole line: every word's, weighted by the reference word's ink. */
function lineDifference(reference: Drawn, other: Drawn, weight: number): number {
  let difference = 0;
  let ink = 0;
  for (const drawing of reference.drawings.filter((candidate) => candidate.label === reference.label && candidate.weight === weight)) {
    const theirs = other.drawings.find((candidate) => candidate.label === other.label && candidate.weight === weight && candidate.word === drawing.word);
    if (!theirs) throw new Error(`no ${other.label} ${weight} drawing of word ${drawing.word}`);
    const ours = inkFrom(drawing);
    const wordInk = ours.alpha.reduce((sum, value) => sum + value, 0);
    difference += inkDifference(ours, inkFrom(theirs), 3) * wordInk;
    ink += wordInk;
  }
  return difference / ink;
}

test('the served fonts draw the Arabic line as the full font does, and as Chromium does', async ({ open, engine, baseURL }) => {
  const list = await sources();
  const page = await open({ name: 'desktop', width: 1280, height: 900 });
  await page.goto('/');
  const here = await draw(page, list);

  let reference = here;
  if (engine !== 'chromium') {
    const browser = await chromium.launch({ executablePath: findEngines().chromium, args: CHROMIUM_ARGS });
    try {
      const chromiumPage = await openPlaywrightPage(browser, baseURL ?? '', { name: 'desktop', width: 1280, height: 900 });
      await chromiumPage.goto('/');
      reference = await draw(chromiumPage, list);
    } finally {
      await browser.close();
    }
  }

  const figures = WEIGHTS.map((weight) => {
    const [served = 1, full = 1, misdrawn = 1] = (['served', 'full', 'misdrawn'] as const).map((label) => lineDifference({ drawings: reference, label }, { drawings: here, label }, weight));
    // In this engine the subset is the full font, glyph for glyph.
    const subset = lineDifference({ drawings: here, label: 'full' }, { drawings: here, label: 'served' }, weight);
    return { weight, subset, served, full, misdrawn };
  });
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const report = figures.map((row) => `${row.weight}: subset vs full ${percent(row.subset)}; against Chromium: served ${percent(row.served)}, full ${percent(row.full)}, 2.021 ${percent(row.misdrawn)}`).join(' · ');
  test.info().annotations.push({ type: 'ink difference', description: report });
  console.log(`${engine} · ${report}`);
  for (const row of figures) {
    expect(row.subset, `${engine} ${row.weight}: the subset draws as the full font`).toBeLessThan(0.1);
    expect(row.full, `${engine} ${row.weight}: the full font, the yardstick`).toBeLessThan(TOLERANCE);
    expect(row.served, `${engine} ${row.weight}: the served face against Chromium's drawing`).toBeLessThan(TOLERANCE);
  }
  // The control: the check sees the dots WebKitGTK leaves off their letters in 2.021.
  if (engine === 'webkit') for (const row of figures) expect(row.misdrawn, `webkit ${row.weight}: Noto Naskh Arabic 2.021, misdrawn here`).toBeGreaterThan(TOLERANCE);
});
