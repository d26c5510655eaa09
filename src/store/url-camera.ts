import { MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from '../map/theme';
import type { UrlProblem } from './url-codec';

/** A camera as MapLibre's `hash` option writes it: `#zoom/lat/lng[/bearing[/pitch]]`. */
export interface HashCamera {
  zoom: number;
  lat: number;
  lng: number;
  bearing: number;
  pitch: number;
}

/** MapLibre's default most pitch (the atlas does not change it). */
const MAX_PITCH = 60;
// A plain decimal: MapLibre reads each part with `+part`, which also takes `Infinity`, `1e308`
// and ` 12`, and then hands them to jumpTo; we accept only what a map view can actually be.
const NUMBER = /^-?\d{1,3}(\.\d{1,12})?$/;

export type HashReading =
  | { kind: 'none' } // no hash, or an in-page anchor such as the skip link's `#map`
  | { kind: 'camera'; camera: HashCamera }
  | { kind: 'bad'; problem: UrlProblem };

/**
 * Read the hash the way MapLibre will (the first key of the hash's parameters, split on `/`) and
 * say whether it is a map view the atlas can show. Anything that looks like a camera (a number
 * first, or a `/`) but is not usable inside the atlas's bounds is `bad`, so that it can be
 * reported and kept away from the map; everything else (anchors) is left alone. Never throws.
 */
export function readCameraHash(hash: string): HashReading {
  const body = hash.replace(/^#/, '');
  if (!body) return { kind: 'none' };
  let first: string;
  try {
    first = [...new URLSearchParams(body).keys()][0] ?? '';
  } catch {
    first = body;
  }
  if (!first.includes('/') && !/^[-+.\d]/.test(first)) return { kind: 'none' };
  const bad: HashReading = { kind: 'bad', problem: { param: '#', value: first.slice(0, 80), reason: 'camera' } };
  const parts = first.split('/');
  if (parts.length < 3 || parts.length > 5 || !parts.every((p) => NUMBER.test(p))) return bad;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map(Number);
  const [west, south, east, north] = MAX_BOUNDS;
  const usable =
    zoom >= MIN_ZOOM &&
    zoom <= MAX_ZOOM &&
    lat >= south &&
    lat <= north &&
    lng >= west &&
    lng <= east &&
    bearing >= -180 &&
    bearing <= 180 &&
    pitch >= 0 &&
    pitch <= MAX_PITCH;
  return usable ? { kind: 'camera', camera: { zoom, lat, lng, bearing, pitch } } : bad;
}
