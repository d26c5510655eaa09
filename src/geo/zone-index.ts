import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { grownBbox } from './zone-distance';
import { fastDistanceToZone, prepareZone } from './zone-distance-fast';

/** The largest distance the zone filter offers (the slider's end). */
import { WITHIN_MAX_METRES } from '../data/limits';
import { FAR } from '../data/own-layers';

/** Distances beyond the filter's maximum are not kept (see data/limits.ts). */
export const MAX_WITHIN_METRES = WITHIN_MAX_METRES;

/**
 * Precomputed distance from every point to every zone, in whole metres rounded up, capped:
 * beyond `maxMetres` the entry is BEYOND. Built once per dataset; every filter update then reads
 * numbers instead of running geometry. Row-major: distances[i * zoneIds.length + z].
 *
 * Whole metres rounded up are exact for what the atlas asks, because every distance it asks
 * about is a whole number of metres (the slider, links and stories go in steps of 100 m): for a
 * whole T, d ≤ T exactly when ⌈d⌉ ≤ T, and a point is inside (0) only when d is 0. Two bytes a
 * distance instead of eight: 100,000 points × 7 zones keep 1.4 MB, not 5.6 MB.
 */
export interface ZoneIndex {
  zoneIds: string[];
  count: number;
  distances: Uint16Array;
}

/** "Farther than the filter ever asks": above any distance kept (MAX_WITHIN_METRES ≤ 5,000). */
export const BEYOND = 0xffff;

/** An index entry as own features carry it on the map (`d_<zone>`): metres, or FAR for BEYOND. */
export const distanceOnMap = (d: number): number => (d === BEYOND ? FAR : d);

export function buildZoneIndex(
  points: readonly Position[],
  zones: readonly Feature<Polygon | MultiPolygon, { id: string }>[],
  maxMetres = MAX_WITHIN_METRES,
): ZoneIndex {
  const Z = zones.length;
  const distances = new Uint16Array(points.length * Z).fill(BEYOND);
  const boxes = zones.map((z) => grownBbox(z, maxMetres));
  const prepared = zones.map(prepareZone);
  points.forEach(([x, y], i) => {
    for (let z = 0; z < Z; z++) {
      const [w, s, e, n] = boxes[z];
      if (x < w || x > e || y < s || y > n) continue;
      const d = fastDistanceToZone([x, y], prepared[z]);
      if (d <= maxMetres) distances[i * Z + z] = Math.ceil(d);
    }
  });
  return { zoneIds: zones.map((z) => z.properties.id), count: points.length, distances };
}

/** Where a point stands against the selected zones. */
export const OUTSIDE = 0;
export const WITHIN = 1;
export const INSIDE = 2;

export interface ZoneCounts {
  inside: number;
  within: number;
  total: number;
}

/** Columns of the selected zones; unknown ids are ignored. */
export function zoneColumns(index: ZoneIndex, zoneIds: readonly string[]): number[] {
  return zoneIds.map((id) => index.zoneIds.indexOf(id)).filter((c) => c >= 0);
}

/**
 * Classify every point: INSIDE a selected zone, WITHIN `withinMetres` of one, or OUTSIDE.
 * `include` (optional) is the attribute filter: points it rejects are OUTSIDE and not counted.
 * With no zone selected every included point counts as INSIDE (the whole map is the zone).
 *
 * @example classify(index, ['zone-hagastaden'], 1000) // Uint8Array [2, 1, 0, …]
 */
export function classify(
  index: ZoneIndex,
  zoneIds: readonly string[],
  withinMetres: number,
  include?: (i: number) => boolean,
): { classes: Uint8Array; counts: ZoneCounts } {
  // One tight integer loop: it runs on the click of a zone, before the count can show, over
  // every point of every own layer (100,000 and more), so no iterator, closure or Infinity in it.
  const cols = zoneColumns(index, zoneIds);
  const Z = index.zoneIds.length;
  const n = index.count;
  const d = index.distances;
  const k = cols.length;
  const c0 = k ? cols[0] : 0;
  const classes = new Uint8Array(n);
  let inside = 0,
    within = 0,
    total = 0;
  for (let i = 0, row = 0; i < n; i++, row += Z) {
    if (include !== undefined && !include(i)) continue;
    total++;
    // No zone chosen: the whole map is the zone.
    let best = k ? d[row + c0] : 0;
    for (let j = 1; j < k; j++) {
      const v = d[row + cols[j]];
      if (v < best) best = v;
    }
    if (best === 0) {
      classes[i] = INSIDE;
      inside++;
      within++;
    } else if (best <= withinMetres) {
      classes[i] = WITHIN;
      within++;
    }
  }
  return { classes, counts: { inside, within, total } };
}

/** Points inside one zone, and within `withinMetres` of it (inside included). */
export function countInZone(
  index: ZoneIndex,
  zoneId: string,
  withinMetres: number,
): { inside: number; within: number } {
  const col = index.zoneIds.indexOf(zoneId);
  if (col < 0) return { inside: 0, within: 0 };
  const Z = index.zoneIds.length;
  let inside = 0,
    within = 0;
  for (let i = 0; i < index.count; i++) {
    const d = index.distances[i * Z + col];
    if (d === 0) inside++;
    if (d <= withinMetres) within++;
  }
  return { inside, within };
}

/**
 * Points as one flat array (lon, lat, lon, lat …) for a worker: handed over without a copy,
 * where 300,000 small arrays took the page ~150 ms to clone (measured).
 */
export function packPositions(points: readonly Position[]): Float64Array {
  const out = new Float64Array(points.length * 2);
  for (let i = 0; i < points.length; i++) {
    out[2 * i] = points[i][0];
    out[2 * i + 1] = points[i][1];
  }
  return out;
}

/** The points back from packPositions. */
export function unpackPositions(coords: Float64Array): Position[] {
  const out: Position[] = new Array(coords.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = [coords[2 * i], coords[2 * i + 1]];
  return out;
}
