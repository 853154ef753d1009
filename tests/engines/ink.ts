/**
 * How differently two engines drew the same line of text: the pixels by which their ink
 * differs, as a share of the reference's ink, at the best alignment within a pixel or two
 * (engines round a line's origin differently). Antialiasing alone gives a few tenths; a mark
 * drawn away from its letter counts its ink twice, where it should be and where it is.
 */
export type Ink = { readonly width: number; readonly height: number; readonly alpha: Uint8Array };

export function inkDifference(reference: Ink, other: Ink, maxShift = 2): number {
  if (reference.width !== other.width || reference.height !== other.height) throw new Error('the two drawings differ in size');
  const { width, height } = reference;
  let total = 0;
  for (const value of reference.alpha) total += value;
  if (total === 0) throw new Error('the reference drew nothing');
  // Only where either drew, widened by the shift: the rest is empty in both.
  let top = height;
  let bottom = -1;
  let left = width;
  let right = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      if ((reference.alpha[y * width + x] ?? 0) === 0 && (other.alpha[y * width + x] ?? 0) === 0) continue;
      top = Math.min(top, y);
      bottom = Math.max(bottom, y);
      left = Math.min(left, x);
      right = Math.max(right, x);
    }
  }
  const rows = [Math.max(0, top - maxShift), Math.min(height - 1, bottom + maxShift)] as const;
  const columns = [Math.max(0, left - maxShift), Math.min(width - 1, right + maxShift)] as const;
  let best = Number.POSITIVE_INFINITY;
  for (let dy = -maxShift; dy <= maxShift; dy += 1) {
    for (let dx = -maxShift; dx <= maxShift; dx += 1) {
      let difference = 0;
      for (let y = rows[0]; y <= rows[1]; y += 1) {
        const from = y + dy;
        for (let x = columns[0]; x <= columns[1]; x += 1) {
          const at = x + dx;
          const theirs = from >= 0 && from < height && at >= 0 && at < width ? (other.alpha[from * width + at] ?? 0) : 0;
          difference += Math.abs((reference.alpha[y * width + x] ?? 0) - theirs);
        }
      }
      best = Math.min(best, difference);
    }
  }
  return best / total;
}

/** A drawing as the page returns it: the alpha channel, base64. */
export function inkFrom(drawing: { width: number; height: number; alpha: string }): Ink {
  return { width: drawing.width, height: drawing.height, alpha: new Uint8Array(Buffer.from(drawing.alpha, 'base64')) };
}
