import sharp from 'sharp';
import { expect, test } from 'vitest';
import { drawIcon, icoOfPng } from './icons.ts';

/** The one image directory entry of an ICO file, as a reader of the format sees it. */
function icoEntry(ico: Buffer) {
  return {
    reserved: ico.readUInt16LE(0),
    type: ico.readUInt16LE(2),
    count: ico.readUInt16LE(4),
    width: ico.readUInt8(6) || 256,
    height: ico.readUInt8(7) || 256,
    planes: ico.readUInt16LE(10),
    bitsPerPixel: ico.readUInt16LE(12),
    size: ico.readUInt32LE(14),
    offset: ico.readUInt32LE(18),
  };
}

test('favicon.ico holds the 32-pixel tab icon as its one image, byte for byte', async () => {
  const png = await drawIcon(32);
  const ico = icoOfPng(png);
  expect(icoEntry(ico)).toEqual({ reserved: 0, type: 1, count: 1, width: 32, height: 32, planes: 1, bitsPerPixel: 32, size: png.length, offset: 22 });
  const image = ico.subarray(22);
  expect(image.equals(png)).toBe(true);
  expect(ico.length).toBe(22 + png.length);
  expect(await sharp(image).metadata()).toMatchObject({ format: 'png', width: 32, height: 32 });
});

test('a 256-pixel image is written as the 0 that ICO uses for 256; larger or non-PNG input is refused', async () => {
  expect(icoEntry(icoOfPng(await drawIcon(256)))).toMatchObject({ width: 256, height: 256 });
  expect(icoOfPng(await drawIcon(256)).readUInt8(6)).toBe(0);
  expect(() => icoOfPng(Buffer.from('GIF89a not a png at all, long enough'))).toThrow(/PNG/);
  return expect(drawIcon(512).then(icoOfPng)).rejects.toThrow(/256 pixels/);
});
