/**
 * The opening of a text for a preview (a list, a share sheet, a page description): white space
 * flattened, cut at a word boundary, with «…» when cut. Never cuts inside a surrogate pair.
 */
export function excerpt(text: string, max: number): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max);
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s،,؛;:.]+$/u, '')}…`;
}
