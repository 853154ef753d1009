/**
 * Which page numbers a pagination shows: the first, the last, and two either side of the
 * current one, with a gap where numbers are left out. A constant number of links however long
 * the archive grows (issue #20). Pure: no React, no DOM.
 */
export type PageItem = { readonly kind: 'page'; readonly page: number } | { readonly kind: 'gap'; readonly after: number };

const AROUND = 2;

export function pageItems(current: number, count: number): PageItem[] {
  const items: PageItem[] = [];
  let last = 0;
  for (let page = 1; page <= count; page += 1) {
    const shown = page === 1 || page === count || Math.abs(page - current) <= AROUND;
    if (!shown) {
      // Jump over the run of hidden pages at once: the loop stays short at any count.
      const next = page < current ? Math.max(current - AROUND, page + 1) : count;
      if (next - last === 2) items.push({ kind: 'page', page: last + 1 });
      else items.push({ kind: 'gap', after: last });
      last = next - 1;
      page = next - 1;
      continue;
    }
    items.push({ kind: 'page', page });
    last = page;
  }
  return items;
}
