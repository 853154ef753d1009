/**
 * A long article takes a new view (a hashtag filter, or its clearing) group by group: the group
 * the reader is at in the frame of their tap, the others in the tasks after. The work a tap
 * waits for is then one group's, however long the article (docs/decisions/0011). Pure: no React,
 * no DOM. One vocabulary: blocks are in groups; a group is waiting while it still shows the
 * view before the current one.
 */

/** Blocks per group: enough that a group fills a phone's screen, few enough to show in one frame. */
export const GROUP_SIZE = 32;

/** The blocks in groups of `size`, in order. */
export function groupBlocks<T>(items: readonly T[], size = GROUP_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`group size must be a positive integer, not ${size}`);
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size));
  return groups;
}

/** Where a view stands: the groups still waiting for it, in the order they will take it. */
export type Staging<V> = { readonly view: V; readonly waiting: readonly number[] };

/** A view every group shows (the first render: nothing waits). */
export function settled<V>(view: V): Staging<V> {
  return { view, waiting: [] };
}

/**
 * A new view, shown at once by group `first` (where the reader is). The groups after it follow
 * (below the reader: nothing they do moves the text being read), then those before it, nearest
 * first (scroll anchoring keeps the reader's place as they change above).
 */
export function restage<V>(view: V, count: number, first: number): Staging<V> {
  const anchor = Math.min(Math.max(Math.trunc(first) || 0, 0), Math.max(count - 1, 0));
  const waiting: number[] = [];
  for (let group = anchor + 1; group < count; group += 1) waiting.push(group);
  for (let group = anchor - 1; group >= 0; group -= 1) waiting.push(group);
  return { view, waiting };
}

/** The next waiting group takes the view. */
export function advance<V>(staging: Staging<V>): Staging<V> {
  return staging.waiting.length === 0 ? staging : { view: staging.view, waiting: staging.waiting.slice(1) };
}

export function isWaiting(staging: Staging<unknown>, group: number): boolean {
  return staging.waiting.includes(group);
}
