/**
 * The zone filter's limits, in one place: the slider, the link, the stories' and lenses' schemas,
 * the store and the distance index all read these. Raise the maximum here and the index keeps
 * distances that far (beyond it every distance is "far"), so no count goes silently wrong.
 */
export const WITHIN_MAX_METRES = 5000;
export const WITHIN_STEP_METRES = 100;
export const WITHIN_DEFAULT_METRES = 1000;

/** A distance as the filter takes it: on a step, between 0 and the maximum. */
export const clampWithin = (metres: number) =>
  Math.max(0, Math.min(WITHIN_MAX_METRES, Math.round(metres / WITHIN_STEP_METRES) * WITHIN_STEP_METRES));
