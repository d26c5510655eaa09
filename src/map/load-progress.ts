/**
 * How far the map's first load has got, 0 to 1, for the bar the map area shows until it has drawn.
 *
 * Why a bar and not a spinner: a spinner is an animation that never ends, so the browser draws a
 * frame for it 60 times a second for the whole start-up. Where the page is drawn in software (no
 * GPU; the bench's SwiftShader) that cost the start-up a fifth of its time and a third of its
 * main-thread work (`npm run bench`, A/B on the same build). A bar moves only when something has
 * loaded, which is also what a person waiting wants to know.
 *
 * Stages: the map's code has arrived and the map exists (CREATED); its style has loaded (STYLED);
 * then each source the map has announced counts as it reports itself loaded. The bar never goes
 * back (a source added later would lower the share) and stops short of the end: the end is the
 * map's first idle, when the bar goes away.
 */
export const CREATED = 0.15;
export const STYLED = 0.3;
const LAST = 0.95;

export interface LoadProgress {
  /** The value to show, 0..1 (never less than before). */
  readonly value: number;
  /** A source event from MapLibre ('sourcedata'): its id and whether it is now loaded. */
  source(id: string, loaded: boolean): number;
  /** The style has loaded. */
  styled(): number;
}

export function loadProgress(start = CREATED): LoadProgress {
  const seen = new Set<string>();
  const done = new Set<string>();
  let value = start;
  const raise = (v: number) => {
    value = Math.max(value, Math.min(LAST, v));
    return value;
  };
  return {
    get value() {
      return value;
    },
    styled: () => raise(STYLED),
    source(id, loaded) {
      seen.add(id);
      if (loaded) done.add(id);
      return raise(STYLED + (LAST - STYLED) * (done.size / seen.size));
    },
  };
}
