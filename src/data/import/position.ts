import proj4, { type Converter } from 'proj4';
import { REGION } from '../layers';
import type { Crs } from './types';

/** SWEREF 99 TM (EPSG:3006). Its datum equals WGS84 at the atlas's accuracy. */
export const SWEREF99TM_DEF = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
/** Plausible SWEREF 99 TM values anywhere in Sweden, in metres. */
export const NORTHING_RANGE = [6.1e6, 7.7e6] as const;
export const EASTING_RANGE = [2.5e5, 9.5e5] as const;

let converter: Converter | null = null;

/** SWEREF 99 TM easting/northing (metres) → WGS84 [lng, lat]; null if the maths gives nothing finite. */
export function swerefToWgs84(easting: number, northing: number): [number, number] | null {
  try {
    converter ??= proj4(SWEREF99TM_DEF, 'WGS84');
    const [lng, lat] = converter.forward([easting, northing]);
    return Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : null;
  } catch {
    return null;
  }
}

export const inRegion = (lng: number, lat: number): boolean =>
  lng >= REGION.west && lng <= REGION.east && lat >= REGION.south && lat <= REGION.north;

const inRange = (v: number, [lo, hi]: readonly [number, number]) => v >= lo && v <= hi;

/** True when a pair of numbers looks like SWEREF 99 TM metres (in either order) rather than degrees. */
export function looksMetric(a: number, b: number): boolean {
  return (
    (inRange(a, NORTHING_RANGE) && inRange(b, EASTING_RANGE)) ||
    (inRange(b, NORTHING_RANGE) && inRange(a, EASTING_RANGE))
  );
}

export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

export type Resolved = { ok: true; position: [number, number] } | { ok: false; code: 'outside-region' | 'swapped' };

function toLngLat(north: number, east: number, crs: Crs): [number, number] | null {
  return crs === 'WGS84' ? [east, north] : swerefToWgs84(east, north);
}

/**
 * Place a position given as (latitude or northing, longitude or easting) in the region.
 * Outside → 'outside-region', unless reading it the other way round lands inside → 'swapped'.
 * Never silently fixed.
 */
export function resolvePosition(north: number, east: number, crs: Crs): Resolved {
  const p = toLngLat(north, east, crs);
  if (p && inRegion(p[0], p[1])) return { ok: true, position: [round6(p[0]), round6(p[1])] };
  const q = toLngLat(east, north, crs);
  if (q && inRegion(q[0], q[1])) return { ok: false, code: 'swapped' };
  return { ok: false, code: 'outside-region' };
}

/** The offending raw value for a problem: at most 60 characters (an ellipsis marks a cut). */
export function truncate(value: string): string {
  if (value.length <= 60) return value;
  let end = 59;
  const c = value.charCodeAt(end - 1);
  if (c >= 0xd800 && c <= 0xdbff) end--; // do not split a surrogate pair
  return `${value.slice(0, end)}…`;
}

/** Set an own property even when the key is "__proto__" (which plain assignment would treat as the prototype). */
export function setProp<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
