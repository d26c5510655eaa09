/**
 * Which own layers the map has drawn, for work that should wait until then: saving a new layer
 * into IndexedDB. On two cores the save (a clone of every feature on the page, then the
 * browser's database writing it) competed with the workers drawing the layer and made the longest
 * frame gap of a 100k import ~50 % longer (A/B, 4 imports each: median 474 -> 304 ms with the
 * save later; counted sooner too). `until` bounds the wait: a layer the map never draws (hidden,
 * no WebGL, the list view) is saved all the same.
 */
const drawn = new Set<string>();
const waiting = new Map<string, (() => void)[]>();

export function markOwnLayerDrawn(id: string): void {
  drawn.add(id);
  for (const go of waiting.get(id) ?? []) go();
  waiting.delete(id);
}

/** Resolves when the layer has been drawn, or after `untilMs`, whichever is first. */
export function ownLayerDrawn(id: string, untilMs: number): Promise<'drawn' | 'waited'> {
  if (drawn.has(id)) return Promise.resolve('drawn');
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      const list = waiting.get(id)?.filter((f) => f !== go) ?? [];
      if (list.length) waiting.set(id, list);
      else waiting.delete(id);
      resolve('waited');
    }, untilMs);
    const go = () => {
      clearTimeout(timer);
      resolve('drawn');
    };
    waiting.set(id, [...(waiting.get(id) ?? []), go]);
  });
}

/** The most a new layer's save waits for its first drawing. */
export const SAVE_WAITS_MS = 8_000;
