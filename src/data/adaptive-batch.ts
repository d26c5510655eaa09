/**
 * Sizes batches of main-thread work whose cost can be timed where it happens (the clone an
 * IndexedDB put makes) so each fits in about a frame's budget on the machine at hand: the size
 * doubles while a batch is quick and halves when one is slow. A fixed size cannot: 5,000 features
 * cost 15 ms on an idle laptop and 150–300 ms on two busy cores (measured, 300,000-point import).
 * Not for worker messages: their copy happens before the handler runs, out of its sight.
 */
export interface AdaptiveBatch {
  readonly size: number;
  /** How long the last batch of `size` took, in ms. */
  took(ms: number): void;
}

export function adaptiveBatch(initial: number, min: number, max: number, budgetMs = 12): AdaptiveBatch {
  let size = Math.min(max, Math.max(min, Math.round(initial)));
  return {
    get size() {
      return size;
    },
    took(ms) {
      if (ms < budgetMs / 2) size = Math.min(max, size * 2);
      else if (ms > budgetMs * 2) size = Math.max(min, Math.floor(size / 2));
    },
  };
}
