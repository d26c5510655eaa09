/** GeoJSON geometry checks: positions, rings and polygons against the region, in WGS84 or SWEREF 99 TM. */
import type { Position } from 'geojson';
import { resolvePosition, truncate } from './position';
import type { Crs, ImportProblem, ImportedGeometry } from './types';

export type Obj = Record<string, unknown>;
export const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export const GEOMETRY_TYPES = new Set([
  'Point',
  'MultiPoint',
  'LineString',
  'MultiLineString',
  'Polygon',
  'MultiPolygon',
  'GeometryCollection',
]);

export function json(v: unknown): string {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
}

type Problem = Omit<ImportProblem, 'feature'>;
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };
export const bad = (code: ImportProblem['code'], value?: unknown): { ok: false; problem: Problem } => ({
  ok: false,
  problem: {
    code,
    column: 'geometry',
    ...(value === undefined ? {} : { value: truncate(typeof value === 'string' ? value : json(value)) }),
  },
});

/** Numbers of a position, without region checks. */
function positionNumbers(pos: unknown): Checked<[number, number]> {
  if (!Array.isArray(pos) || pos.length < 2) return bad('missing-coordinate', pos ?? undefined);
  const [x, y] = pos as unknown[];
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y))
    return bad('bad-number', pos);
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
    const first = nums[0],
      last = nums[nums.length - 1];
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
export function checkGeometry(geometry: unknown, crs: Crs): Checked<ImportedGeometry>[] {
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
