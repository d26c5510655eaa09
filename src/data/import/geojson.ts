import { GEOMETRY_TYPES, bad, checkGeometry, isObject, json, type Checked, type Obj } from './geojson-geometry';
import { looksMetric, looksRt90, setProp, truncate } from './position';
import type {
  Crs,
  ImportProblem,
  ImportedFeature,
  ImportedGeometry,
  ImportedProps,
  ParseProgress,
  ParseResult,
} from './types';

/** Properties as given; nested objects and arrays become JSON text. */
function copyProperties(props: unknown): ImportedProps {
  const out: ImportedProps = {};
  if (!isObject(props)) return out;
  for (const key of Object.keys(props)) {
    const v = props[key];
    const kept =
      v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));
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

/** SWEREF 99 TM or RT 90 when the (old-style) "crs" member names EPSG:3006 or 3021, or the first positions are metres of that grid. */
function detectCrs(data: Obj, items: unknown[]): Crs {
  const crs = data.crs;
  if (isObject(crs) && isObject(crs.properties) && typeof crs.properties.name === 'string') {
    if (/(^|\D)3006$/.test(crs.properties.name.trim())) return 'SWEREF99TM';
    if (/(^|\D)3021$/.test(crs.properties.name.trim())) return 'RT90';
  }
  let metric = 0,
    rt90 = 0,
    degrees = 0;
  for (let i = 0; i < items.length && metric + rt90 + degrees < 20; i++) {
    const item = items[i];
    const p = firstPosition(isObject(item) ? item.geometry : null);
    if (!p) continue;
    if (looksRt90(p[0], p[1])) rt90++;
    else if (looksMetric(p[0], p[1])) metric++;
    else if (Math.abs(p[0]) <= 180 && Math.abs(p[1]) <= 180) degrees++;
  }
  if (rt90 > metric && rt90 > degrees) return 'RT90';
  return metric > degrees ? 'SWEREF99TM' : 'WGS84';
}

export function parseGeoJson(text: string, progress?: ParseProgress): ParseResult {
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
    if (progress && index % 20_000 === 0 && index > 0) progress(index / items.length);
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
    const id =
      typeof item.id === 'string' || (typeof item.id === 'number' && Number.isFinite(item.id)) ? item.id : undefined;
    for (const part of parts) {
      result.total++;
      if (!part.ok) {
        result.problems.push({ ...part.problem, feature });
        continue;
      }
      const out: ImportedFeature = {
        type: 'Feature',
        geometry: part.value,
        properties: parts.length > 1 ? { ...properties } : properties,
      };
      if (id !== undefined && parts.length === 1) out.id = id; // split MultiPoint parts would share it
      result.features.push(out);
      for (const key of Object.keys(properties)) fields.add(key);
    }
  });
  result.fields = [...fields];
  if (result.features.length === 0) return fail({ code: 'no-features' });
  return result;
}
