/**
 * Long articles take a new view (a hashtag filter, or clearing it) group by group: the group the
 * reader is at first, in the frame of their tap, the others in the tasks that follow. The work a
 * tap waits for is then one group's, however long the article (docs/decisions/0006).
 */

/** Blocks per group: enough that a group fills a phone's screen, few enough to render in one frame. */
export const CHUNK_SIZE = 32;

/** The blocks in groups of `size`, in order. */
export function chunk<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size must be a positive integer, not ${size}`);
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Where a staged change stands. `version` is the view being applied (compared by identity);
 * `applied` the groups that show it ('all' once nothing was ever staged); `queue` the groups
 * still to take it, next first.
 */
export type Stage<V> = {
  readonly version: V;
  readonly applied: 'all' | ReadonlySet<number>;
  readonly queue: readonly number[];
};

/** A view every group already shows (the first render: nothing is pending). */
export function settledStage<V>(version: V): Stage<V> {
  return { version, applied: 'all', queue: [] };
}

/** Whether the group at `index` shows the stage's view. */
export function isApplied(stage: Stage<unknown>, index: number): boolean {
  return stage.applied === 'all' || stage.applied.has(index);
}

/**
 * A new view, applied to the group at `anchor` at once. The groups after it follow (they are
 * below the reader: nothing they do moves the text being read), then those before it, nearest
 * first (scroll anchoring keeps the reader's place as they change above).
 */
export function startStage<V>(version: V, count: number, anchor: number): Stage<V> {
  if (count <= 0) return { version, applied: new Set(), queue: [] };
  const first = Math.min(Math.max(Math.trunc(anchor) || 0, 0), count - 1);
  const queue: number[] = [];
  for (let index = first + 1; index < count; index += 1) queue.push(index);
  for (let index = first - 1; index >= 0; index -= 1) queue.push(index);
  return { version, applied: new Set([first]), queue };
}

/** The next `steps` queued groups take the view. */
export function advanceStage<V>(stage: Stage<V>, steps = 1): Stage<V> {
  if (stage.queue.length === 0 || stage.applied === 'all') return stage;
  const taken = stage.queue.slice(0, steps);
  return { version: stage.version, applied: new Set([...stage.applied, ...taken]), queue: stage.queue.slice(taken.length) };
}

export function isSettled(stage: Stage<unknown>): boolean {
  return stage.queue.length === 0;
}
