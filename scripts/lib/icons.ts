/**
 * The site's icons as PNG files, drawn at build time from one SVG (scripts/assets/site-icon.svg).
 * Not the SVG itself: Chromium draws an SVG icon on the page's own main thread, as a document of
 * its own, once for the tab and once more for the manifest; 7–49 ms each on this machine, which
 * a phone's slower CPU makes long tasks right after the text has painted (decision 0021). A PNG
 * this size decodes in a fraction of a millisecond.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const SOURCE = new URL('../assets/site-icon.svg', import.meta.url).pathname;

/** Each icon's file and its width and height in pixels: the tab's, and the two a manifest needs to install. */
export const ICONS = [
  { file: 'icon-32.png', size: 32 },
  { file: 'icon-192.png', size: 192 },
  { file: 'icon-512.png', size: 512 },
] as const;

/** The tab's icon, linked from every page's head. */
export const TAB_ICON = ICONS[0];

/** Writes the icons into `dist` and lists the installable ones in its web app manifest. */
export async function writeIcons(dist: string): Promise<void> {
  // Loaded here: the pages' markup reads the icon list without the native image library.
  const { default: sharp } = await import('sharp');
  const svg = readFileSync(SOURCE);
  await Promise.all(
    ICONS.map(({ file, size }) =>
      // The SVG's 64-unit box drawn at `size` pixels (density 72 is one pixel per unit).
      sharp(svg, { density: (72 * size) / 64 })
        .resize(size, size)
        .png({ compressionLevel: 9, palette: true })
        .toFile(join(dist, file)),
    ),
  );
  const manifestPath = join(dist, 'manifest.webmanifest');
  const manifest: unknown = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (typeof manifest !== 'object' || manifest === null) throw new Error('manifest.webmanifest is not a JSON object');
  const icons = ICONS.filter((icon) => icon !== TAB_ICON).map(({ file, size }) => ({ src: `/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' }));
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, icons }, null, 2)}\n`);
}
