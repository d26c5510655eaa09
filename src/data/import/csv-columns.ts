/** Which CSV columns hold the coordinates, and how a coordinate cell reads as a number. */

/* ---------- header detection ---------- */

const LAT_GROUPS = [['lat', 'latitude', 'latitud'], ['nord', 'northing'], ['n'], ['y']];
const LON_GROUPS = [['lon', 'lng', 'long', 'longitude', 'longitud'], ['ost', 'öst', 'easting'], ['e'], ['x']];
const SWEREF_TOKEN = /sweref\s*[-_]?\s*99\s*[-_]?\s*tm|sweref\s*[-_]?\s*99|sweref/;
const WGS_TOKEN = /wgs\s*[-_]?\s*84/;
const RT90_TOKEN = /rt[\s_-]*90(?:[\s_-]*2[.,]?5[\s_-]*gon[\s_-]*v)?/;
const NOT_LETTER = /[^a-zåäö]/g;

function normalizeHeader(h: string): { key: string; sweref: boolean; rt90: boolean } {
  const lower = h.toLowerCase();
  const sweref = SWEREF_TOKEN.test(lower);
  const rt90 = RT90_TOKEN.test(lower);
  const key = lower.replace(SWEREF_TOKEN, '').replace(RT90_TOKEN, '').replace(WGS_TOKEN, '').replace(NOT_LETTER, '');
  return { key, sweref, rt90 };
}

function findGroupColumn(keys: string[], names: string[]): number {
  for (const name of names) {
    const at = keys.indexOf(name);
    if (at !== -1) return at;
  }
  return -1;
}

export interface CoordColumns {
  lat: number;
  lon: number;
  group: number;
  swerefHeader: boolean;
  /** A header names RT 90 ("RT90 X", "rt90_y"). */
  rt90Header: boolean;
}

/** The latitude/northing and longitude/easting columns: the first complete group (lat/lon, nord/öst, n/e, y/x), else a mixed pair. */
export function findCoordinateColumns(headers: string[]): CoordColumns | null {
  const norm = headers.map(normalizeHeader);
  const keys = norm.map((h) => h.key);
  const swerefHeader = norm.some((h) => h.sweref);
  const rt90Header = norm.some((h) => h.rt90);
  for (let g = 0; g < LAT_GROUPS.length; g++) {
    const lat = findGroupColumn(keys, LAT_GROUPS[g]);
    const lon = findGroupColumn(keys, LON_GROUPS[g]);
    if (lat !== -1 && lon !== -1 && lat !== lon) return { lat, lon, group: g, swerefHeader, rt90Header };
  }
  const lat = findGroupColumn(keys, LAT_GROUPS.flat());
  const lon = findGroupColumn(keys, LON_GROUPS.flat());
  if (lat !== -1 && lon !== -1 && lat !== lon) return { lat, lon, group: -1, swerefHeader, rt90Header };
  return null;
}

/* ---------- numbers ---------- */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const GROUP_SPACES = /[ \u00a0\u202f]/g;

/** A coordinate cell as a number: decimal comma where the separator allows it, "6 580 822" digit groups, "−" minus. */
export function parseCoordinate(raw: string, decimalComma: boolean): number | null {
  let s = raw;
  if (s.charCodeAt(0) === 0x2212) s = `-${s.slice(1)}`;
  if (GROUPED.test(s)) s = s.replace(GROUP_SPACES, '');
  if (decimalComma && s.indexOf(',') !== -1) {
    if (s.indexOf('.') !== -1) return null;
    s = s.replace(',', '.');
  }
  if (!NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}
