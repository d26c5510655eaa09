import type { Position } from 'geojson';
import { looksMetric, resolvePosition, setProp, truncate } from './position';
import type { Crs, ImportProblem, ImportedFeature, ImportedGeometry, ImportedProps, ParseResult } from './types';

type Obj = Record<string, unknown>;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

function json(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

type Problem = Omit<ImportProblem, 'feature'>;
type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };
const bad = (code: ImportProblem['code'], value?: unknown): { ok: false; problem: Problem } => ({
  ok: false,
  problem: { code, column: 'geometry', ...(value === undefined ? {} : { value: truncate(typeof value === 'string' ? value : json(value)) }) },
});

/** Numbers of a position, without region checks. */
function positionNumbers(pos: unknown): Checked<[number, number]> {
  if (!Array.isArray(pos) || pos.length < 2) return bad('missing-coordinate', pos ?? undefined);
  const [x, y] = pos as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return bad('bad-number', pos);
  return { ok: true, value: [x, y] };
}

function place([x, y]: [number, number], crs: Crs): Checked<Position> {
  const r = resolvePosition(y, x, crs);
  return r.ok ? { ok: true, value: r.position } : bad(r.code, [x, y]);
}

function checkPosition(pos: unknown, crs: Crs): Checked<Position> {
  const nums = positionNumbers(pos);
  return nums.ok ? place(nums.value, crs) : nums;
}

function checkPolygon(rings: unknown, crs: Crs): Checked<Position[][]> {
  if (!Array.isArray(rings) || rings.length === 0) return bad('invalid-polygon');
  const numeric: [number, number][][] = [];
  for (const ring of rings as unknown[]) {
    if (!Array.isArray(ring) || ring.length < 4) return bad('invalid-polygon');
    const nums: [number, number][] = [];
    for (const pos of ring as unknown[]) {
      const n = positionNumbers(pos);
      if (!n.ok) return n;
      nums.push(n.value);
    }
    const first = nums[0], last = nums[nums.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) return bad('invalid-polygon');
    numeric.push(nums);
  }
  const out: Position[][] = [];
  for (const ring of numeric) {
    const placed: Position[] = [];
    for (const pos of ring) {
      const p = place(pos, crs);
      if (!p.ok) return p;
      placed.push(p.value);
    }
    out.push(placed);
  }
  return { ok: true, value: out };
}

/** One feature's geometry as importable geometries (a MultiPoint gives one per point), each valid or a problem. */
function checkGeometry(geometry: unknown, crs: Crs): Checked<ImportedGeometry>[] {
  if (!isObject(geometry)) return [bad('missing-coordinate')];
  const { type, coordinates } = geometry;
  switch (type) {
    case 'Point': {
      const p = checkPosition(coordinates, crs);
      return [p.ok ? { ok: true, value: { type: 'Point', coordinates: p.value } } : p];
    }
    case 'MultiPoint': {
      if (!Array.isArray(coordinates) || coordinates.length === 0) return [bad('missing-coordinate', coordinates)];
      return (coordinates as unknown[]).map((pos): Checked<ImportedGeometry> => {
        const p = checkPosition(pos, crs);
        return p.ok ? { ok: true, value: { type: 'Point', coordinates: p.value } } : p;
      });
    }
    case 'Polygon': {
      const p = checkPolygon(coordinates, crs);
      return [p.ok ? { ok: true, value: { type: 'Polygon', coordinates: p.value } } : p];
    }
    case 'MultiPolygon': {
      if (!Array.isArray(coordinates) || coordinates.length === 0) return [bad('invalid-polygon')];
      const polygons: Position[][][] = [];
      for (const rings of coordinates as unknown[]) {
        const p = checkPolygon(rings, crs);
        if (!p.ok) return [p];
        polygons.push(p.value);
      }
      return [{ ok: true, value: { type: 'MultiPolygon', coordinates: polygons } }];
    }
    default:
      return [bad('unsupported-geometry', typeof type === 'string' ? type : json(type))];
  }
}

/** Properties as given; nested objects and arrays become JSON text. */
function copyProperties(props: unknown): ImportedProps {
  const out: ImportedProps = {};
  if (!isObject(props)) return out;
  for (const key of Object.keys(props)) {
    const v = props[key];
    const kept = v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
    setProp(out, key, kept ? (v as string | number | boolean | null) : json(v));
  }
  return out;
}

function firstPosition(geometry: unknown): [number, number] | null {
  if (!isObject(geometry)) return null;
  let c: unknown = geometry.coordinates;
  for (let depth = 0; depth < 4 && Array.isArray(c); depth++) {
    if (typeof c[0] === 'number' && typeof c[1] === 'number') return [c[0], c[1]];
    c = c[0];
  }
  return null;
}

/** SWEREF 99 TM when the (old-style) "crs" member names EPSG:3006, or the first positions are metres. */
function detectCrs(data: Obj, items: unknown[]): Crs {
  const crs = data.crs;
  if (isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string') {
    if (/(^|\D)3006$/.test(crs.properties.name.trim())) return 'SWEREF99TM';
  }
  let metric = 0, degrees = 0;
  for (let i = 0; i < items.length && metric + degrees < 20; i++) {
    const item = items[i];
    const p = firstPosition(isObject(item) ? item.geometry : null);
    if (!p) continue;
    if (looksMetric(p[0], p[1])) metric++;
    else if (Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 180) degrees++;
  }
  return metric > degrees ? 'SWEREF99TM' : 'WGS84';
}

export function parseGeoJson(text: string): ParseResult {
  const result: ParseResult = { format: 'geojson', crs: 'WGS84', features: [], problems: [], fields: [], total: 0 };
  const fail = (p: ImportProblem): ParseResult => ({ ...result, features: [], fatal: p });

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail({ code: 'not-json', value: truncate(e instanceof Error ? e.message : String(e)) });
  }
  const notGeoJson = () => fail({ code: 'not-geojson', value: truncate(text.trim()) });
  if (!isObject(data)) return notGeoJson();
  let items: unknown[];
  if (data.type === 'FeatureCollection') {
    if (!Array.isArray(data.features)) return notGeoJson();
    items = data.features;
  } else if (data.type === 'Feature') {
    items = [data];
  } else if (typeof data.type === 'string' && GEOMETRY_TYPES.has(data.type)) {
    items = [{ type: 'Feature', geometry: data, properties: {} }];
  } else {
    return notGeoJson();
  }
  const crs = detectCrs(data, items);
  result.crs = crs;

  const fields = new Set<string>();
  items.forEach((item, index) => {
    const feature = index + 1;
    if (!isObject(item) || item.type !== 'Feature') {
      result.total++;
      result.problems.push({ code: 'not-geojson', feature, value: truncate(json(item)) });
      return;
    }
    let parts: Checked<ImportedGeometry>[];
    try {
      parts = checkGeometry(item.geometry, crs);
    } catch {
      parts = [bad('invalid-polygon')];
    }
    const properties = copyProperties(item.properties);
    const id = typeof item.id === 'string' || (typeof item.id === 'number' && Number.isFinite(item.id)) ? item.id : undefined;
    for (const part of parts) {
      result.total++;
      if (!part.ok) {
        result.problems.push({ ...part.problem, feature });
        continue;
      }
      const out: ImportedFeature = { type: 'Feature', geometry: part.value, properties: parts.length > 1 ? { ...properties } : properties };
      if (id !== undefined && parts.length === 1) out.id = id; // split MultiPoint parts would share it
      result.features.push(out);
      for (const key of Object.keys(properties)) fields.add(key);
    }
  });
  result.fields = [...fields];
  if (result.features.length === 0) return fail({ code: 'no-features' });
  return result;
}
