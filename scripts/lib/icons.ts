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

/** The icon a feed reader shows beside the site's name. */
export const FEED_ICON = ICONS[1];

/** One icon drawn as PNG bytes: the SVG's 64-unit box at `size` pixels (density 72 is one pixel per unit). */
export async function drawIcon(size: number): Promise<Buffer> {
  // Loaded here: the pages' markup reads the icon list without the native image library.
  const { default: sharp } = await import('sharp');
  return sharp(readFileSync(SOURCE), { density: (72 * size) / 64 })
    .resize(size, size)
    .png({ compressionLevel: 9, palette: true })
    .toBuffer();
}

/** Where browsers, feed readers and link previews look for an icon when a page names none. */
export const ICO_FILE = 'favicon.ico';

/**
 * A PNG wrapped as a one-image ICO file (ICO has held PNG images since Windows Vista; every browser
 * reads them): a 6-byte header and one 16-byte directory entry, then the PNG's bytes unchanged.
 * Width and height are the PNG's own; a byte of 0 stands for 256 pixels, which ICO cannot exceed.
 */
export function icoOfPng(png: Buffer): Buffer {
  if (png.length < 24 || png.subarray(1, 4).toString('latin1') !== 'PNG' || png.subarray(12, 16).toString('latin1') !== 'IHDR') {
    throw new Error('icoOfPng needs PNG bytes');
  }
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width > 256 || height > 256) throw new Error(`an ICO image is at most 256 pixels a side, not ${width}x${height}`);
  const header = Buffer.alloc(6 + 16);
  header.writeUInt16LE(0, 0); // reserved
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(width % 256, 6);
  header.writeUInt8(height % 256, 7);
  header.writeUInt8(0, 8); // no palette
  header.writeUInt8(0, 9); // reserved
  header.writeUInt16LE(1, 10); // colour planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(header.length, 18); // the image starts right after the directory
  return Buffer.concat([header, png]);
}

/** `/favicon.ico`: the tab's icon as ICO, for clients that ask for it without reading the page. */
export async function drawIco(): Promise<Buffer> {
  return icoOfPng(await drawIcon(TAB_ICON.size));
}

/** The web app manifest with the installable icons listed. */
export function withManifestIcons(manifestJson: string): string {
  const manifest: unknown = JSON.parse(manifestJson);
  if (typeof manifest !== 'object' || manifest === null) throw new Error('manifest.webmanifest is not a JSON object');
  const icons = ICONS.filter((icon) => icon !== TAB_ICON).map(({ file, size }) => ({ src: `/${file}`, sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' }));
  return `${JSON.stringify({ ...manifest, icons }, null, 2)}\n`;
}

/** Writes the icons and `favicon.ico` into `dist` and lists the installable ones in its web app manifest. */
export async function writeIcons(dist: string): Promise<void> {
  await Promise.all([
    ...ICONS.map(async ({ file, size }) => writeFileSync(join(dist, file), await drawIcon(size))),
    drawIco().then((ico) => writeFileSync(join(dist, ICO_FILE), ico)),
  ]);
  const manifestPath = join(dist, 'manifest.webmanifest');
  writeFileSync(manifestPath, withManifestIcons(readFileSync(manifestPath, 'utf8')));
}
