/**
 * Long computations as generators: each `yield` marks a point where the work may pause. Run
 * at once (`runToEnd`) or in slices of a time budget between which the caller lets the page
 * breathe (`runInSlices`), so no slice becomes a long task on a slow phone.
 */
export type SliceOptions = {
  /** Resolves when the main thread may go on (the page has had a chance to handle input). */
  readonly pause: () => Promise<void>;
  /** Milliseconds, monotonic. */
  readonly now: () => number;
  /** Longest run of steps before pausing. */
  readonly budgetMs: number;
};

export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(steps: Generator<void, T>, { pause, now, budgetMs }: SliceOptions): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart >= budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}
