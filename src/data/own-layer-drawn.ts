/**
 * Which own layers the map has drawn, for work that should wait until then: saving a new layer
 * into IndexedDB. On two cores the save (a clone of every feature on the page, then the
 * browser's database writing it) competed with the workers drawing the layer and made the longest
 * frame gap of a 100k import ~50 % longer (A/B, 4 imports each: median 474 -> 304 ms with the
 * save later; counted sooner too). `until` bounds the wait: a layer the map never draws (hidden,
 * no WebGL, the list view) is saved all the same.
 */
// One promise per layer id, made by whichever comes first: the drawing or a wait for it.
const drawn = new Map<string, { promise: Promise<void>; resolve: () => void }>();
function entry(id: string) {
  let e = drawn.get(id);
  if (!e) {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    e = { promise, resolve };
    drawn.set(id, e);
  }
  return e;
}

export function markOwnLayerDrawn(id: string): void {
  entry(id).resolve();
}

/** Resolves when the layer has been drawn, or after `untilMs`, whichever is first. */
export function ownLayerDrawn(id: string, untilMs: number): Promise<'drawn' | 'waited'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<'waited'>((r) => {
    timer = setTimeout(() => r('waited'), untilMs);
  });
  const done = entry(id).promise.then(() => 'drawn' as const);
  return Promise.race([done, waited]).finally(() => clearTimeout(timer));
}

/** The most a new layer's save waits for its first drawing. */
export const SAVE_WAITS_MS = 8_000;
