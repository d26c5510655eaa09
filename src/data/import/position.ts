import proj4, { type Converter } from 'proj4';
import { REGION } from '../layers';
import type { Crs } from './types';

/** SWEREF 99 TM (EPSG:3006). Its datum equals WGS84 at the atlas's accuracy. */
export const SWEREF99TM_DEF = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
/** Plausible SWEREF 99 TM values anywhere in Sweden, in metres. */
export const NORTHING_RANGE = [6.1e6, 7.7e6] as const;
export const EASTING_RANGE = [2.5e5, 9.5e5] as const;

/**
 * RT 90 2.5 gon V (EPSG:3021), the national grid before SWEREF 99 TM, still in older registers.
 * Converted the way Lantmäteriet publishes it, by "direct projection": Gauss–Krüger on GRS 80 from
 * the RT 90 grid straight to SWEREF 99 latitude/longitude, with central meridian 15°48′22.624306″ E,
 * scale 1.00000561024, false northing −667.711 m, false easting 1 500 064.274 m (mean error just
 * under 0.07 m, at most just over 0.2 m):
 * https://www.lantmateriet.se/sv/geodata/gps-geodesi-och-swepos/Transformationer/RT-90---SWEREF-99/
 * (EPSG's own 3021 definition, Bessel + a 7-parameter towgs84, is good to about a metre; this is
 * better and needs no datum shift.) SWEREF 99 equals WGS84 at the atlas's accuracy.
 */
export const RT90_DEF =
  '+proj=tmerc +lat_0=0 +lon_0=15.806284529444444 +k=1.00000561024 +x_0=1500064.274 +y_0=-667.711 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';
/** RT 90 eastings: the false easting 1.5 million ± Sweden's width (SWEREF 99 TM's are below a million). */
export const RT90_EASTING_RANGE = [1.2e6, 1.9e6] as const;

const converters = new Map<string, Converter>();
function convert(def: string, easting: number, northing: number): [number, number] | null {
  try {
    let c = converters.get(def);
    if (!c) {
      c = proj4(def, 'WGS84');
      converters.set(def, c);
    }
    const [lng, lat] = c.forward([easting, northing]);
    return Number.isFinite(lng) && Number.isFinite(lat) ? [lng, lat] : null;
  } catch {
    return null;
  }
}

/** SWEREF 99 TM easting/northing (metres) → WGS84 [lng, lat]; null if the maths gives nothing finite. */
export const swerefToWgs84 = (easting: number, northing: number) => convert(SWEREF99TM_DEF, easting, northing);

/** RT 90 2.5 gon V easting (Y) / northing (X) in metres → WGS84 [lng, lat]; null if nothing finite. */
export const rt90ToWgs84 = (easting: number, northing: number) => convert(RT90_DEF, easting, northing);

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

/** True when a pair of numbers looks like RT 90 2.5 gon V metres (in either order). */
export function looksRt90(a: number, b: number): boolean {
  return (
    (inRange(a, NORTHING_RANGE) && inRange(b, RT90_EASTING_RANGE)) ||
    (inRange(b, NORTHING_RANGE) && inRange(a, RT90_EASTING_RANGE))
  );
}

export const round6 = (v: number): number => Math.round(v * 1e6) / 1e6;

export type Resolved = { ok: true; position: [number, number] } | { ok: false; code: 'outside-region' | 'swapped' };

function toLngLat(north: number, east: number, crs: Crs): [number, number] | null {
  if (crs === 'WGS84') return [east, north];
  return crs === 'RT90' ? rt90ToWgs84(east, north) : swerefToWgs84(east, north);
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
