import type { AnyPointProps } from './schema';
import type { AtlasData } from './validate';
import { POINT_LAYER_IDS } from './layers';

/** This year: the map without the time control shows the cluster as it is now. */
export const CURRENT_YEAR = new Date().getFullYear();

/**
 * Places over time, from their sourced years only (`since`, `until`, `moved_to`): nothing is
 * guessed. A place without a year is "year not known" at every year — never placed in one.
 */
export type TimeStatus = 'present' | 'planned' | 'unknown' | 'absent';

type Years = Pick<AnyPointProps, 'since' | 'since_kind' | 'until'>;

/**
 * What a place is in a given year. A plan is known now, not when it was made (the sources do
 * not say): so a planned place shows as planned from this year on, and not in past years.
 */
export function statusAt(p: Years, year: number, now = CURRENT_YEAR): TimeStatus {
  if (p.until !== undefined && p.until <= year) return 'absent';
  // A plan for a year now past that no source confirms: whether and when it happened is unknown.
  if (p.since === undefined || (p.since_kind === 'planned' && p.since < now)) return 'unknown';
  if (p.since <= year) return 'present';
  return p.since_kind === 'planned' && year >= now ? 'planned' : 'absent';
}

/** Is the place on the map in that year (present, planned or of unknown year)? */
export const shownAt = (p: Years, year: number, now = CURRENT_YEAR) => statusAt(p, year, now) !== 'absent';

/** From the earliest sourced arrival to the last planned one (at least to `now`). */
export function yearRange(all: readonly Years[], now: number): { from: number; to: number } {
  let from = now;
  let to = now;
  for (const p of all) {
    if (p.since !== undefined) {
      from = Math.min(from, p.since);
      to = Math.max(to, p.since);
    }
  }
  return { from, to };
}

/**
 * A slider that starts in 1477 (Uppsala University) would spend its length on centuries with a
 * handful of places: it starts at the first year from which the cluster has several arrivals a
 * decade, and what came before shows as present from the first step.
 */
export function sliderRange(all: readonly Years[], now: number, floor = 1990): { from: number; to: number } {
  const { from, to } = yearRange(all, now);
  return { from: Math.max(from, floor), to };
}

export interface YearCount {
  year: number;
  /** Present in that year (arrived by then, not yet left). */
  present: number;
  /** Announced for a later year. */
  planned: number;
}

/**
 * Per-year counts for a set of places (e.g. the companies inside a zone). A move inside the set
 * is one organisation in every year (the old site has left when the new one arrives); a closure
 * drops out; places of unknown year are counted apart, once, since no year can be given them.
 */
export function countsByYear(
  places: readonly Years[],
  years: readonly number[],
  now = CURRENT_YEAR,
): { series: YearCount[]; unknown: number } {
  const series = years.map((year) => {
    let present = 0;
    let planned = 0;
    for (const p of places) {
      const s = statusAt(p, year, now);
      if (s === 'present') present++;
      else if (s === 'planned') planned++;
    }
    return { year, present, planned };
  });
  const unknown = places.filter(
    (p) => p.until === undefined && (p.since === undefined || (p.since_kind === 'planned' && p.since < now)),
  ).length;
  return { series, unknown };
}

export const yearsBetween = (from: number, to: number) =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/**
 * The data as it stands in `year`, without the sites left by then (a move's old site, a closed
 * lab). Everything else stays, planned places included: they are announced, and shown as such.
 */
export function withoutLeft(data: AtlasData, year: number): AtlasData {
  const layers = { ...data.layers };
  for (const layer of POINT_LAYER_IDS) {
    const features = data.layers[layer].features;
    if (features.some((f) => f.properties.until !== undefined && f.properties.until <= year)) {
      layers[layer] = {
        ...data.layers[layer],
        features: features.filter((f) => !(f.properties.until !== undefined && f.properties.until <= year)),
      } as (typeof layers)[typeof layer];
    }
  }
  return { ...data, layers };
}

const rangeCache = new WeakMap<AtlasData, { from: number; to: number }>();

/** The time control's span for a dataset (every layer's sourced years), computed once per data. */
export function dataYearRange(data: AtlasData): { from: number; to: number } {
  let range = rangeCache.get(data);
  if (!range) {
    range = sliderRange(
      POINT_LAYER_IDS.flatMap((l) => data.layers[l].features.map((f) => f.properties)),
      CURRENT_YEAR,
    );
    rangeCache.set(data, range);
  }
  return range;
}
