import type { FeatureCollection, Point, Polygon, MultiPolygon } from 'geojson';
import type { z } from 'zod';
import { POINT_LAYERS, ZONES_FILE, type PointLayerId } from './layers';
import { layerPropertySchemas, zonePropertySchema, type AnyPointProps, type ZoneProps } from './schema';
import { checkGeometry } from './geometry-checks';

import { formatProblem, type DataProblem } from './problems';

export { formatProblem, type DataProblem };

export type PointCollection = FeatureCollection<Point, AnyPointProps>;
export type ZoneCollection = FeatureCollection<Polygon | MultiPolygon, ZoneProps>;

export interface AtlasData {
  layers: Record<PointLayerId, PointCollection>;
  zones: ZoneCollection;
}

function describeIssue(issue: z.core.$ZodIssue, props: Record<string, unknown>): { field: string; message: string } {
  const field = ['properties', ...issue.path.map(String)].join('.');
  if (issue.code === 'unrecognized_keys') return { field: 'properties', message: `unknown field(s): ${issue.keys.join(', ')}` };
  if (issue.code === 'invalid_type' && props[String(issue.path[0])] === undefined) return { field, message: 'is missing' };
  return { field, message: issue.message };
}

function checkCollection(
  file: string,
  json: unknown,
  schema: z.ZodType,
  geometry: 'Point' | 'Area',
  problems: DataProblem[],
): boolean {
  const fc = json as { type?: unknown; features?: unknown };
  if (typeof json !== 'object' || json === null || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    problems.push({ file, feature: '(file)', field: 'type', message: 'must be a GeoJSON FeatureCollection' });
    return false;
  }
  const before = problems.length;
  fc.features.forEach((f: unknown, index: number) => {
    const feature = (f ?? {}) as { type?: unknown; properties?: Record<string, unknown>; geometry?: unknown };
    const props = feature.properties ?? {};
    const id = typeof props.id === 'string' && props.id ? props.id : `(feature #${index + 1})`;
    if (feature.type !== 'Feature') problems.push({ file, feature: id, field: 'type', message: 'must be "Feature"' });
    for (const message of checkGeometry(feature.geometry, geometry)) problems.push({ file, feature: id, field: 'geometry', message });
    const result = schema.safeParse(props);
    if (!result.success) for (const issue of result.error.issues) problems.push({ file, feature: id, ...describeIssue(issue, props) });
  });
  return problems.length === before;
}

/**
 * Validate every data file. `files` maps a file name (as in data/) to its parsed JSON.
 * Returns the typed data only when there are no problems at all.
 */
export function validateAtlasData(files: Record<string, unknown>): { data: AtlasData | null; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const missing = (file: string) => problems.push({ file, feature: '(file)', field: '(file)', message: 'is missing' });
  for (const layer of POINT_LAYERS) {
    const file = `data/${layer.file}`;
    if (!(file in files)) missing(file);
    else checkCollection(file, files[file], layerPropertySchemas[layer.id], 'Point', problems);
  }
  const zonesFile = `data/${ZONES_FILE}`;
  if (!(zonesFile in files)) missing(zonesFile);
  else checkCollection(zonesFile, files[zonesFile], zonePropertySchema, 'Area', problems);
  checkIdsAcrossFiles(files, problems);
  if (problems.length) return { data: null, problems };
  const layers = Object.fromEntries(POINT_LAYERS.map((l) => [l.id, files[`data/${l.file}`]])) as AtlasData['layers'];
  return { data: { layers, zones: files[zonesFile] as ZoneCollection }, problems };
}

function checkIdsAcrossFiles(files: Record<string, unknown>, problems: DataProblem[]) {
  const seen = new Map<string, string>();
  for (const [file, json] of Object.entries(files)) {
    const features = (json as { features?: unknown })?.features;
    if (!Array.isArray(features)) continue;
    const layer = POINT_LAYERS.find((l) => `data/${l.file}` === file);
    for (const f of features) {
      const id = (f as { properties?: { id?: unknown } })?.properties?.id;
      if (typeof id !== 'string') continue;
      const first = seen.get(id);
      if (first) problems.push({ file, feature: id, field: 'properties.id', message: `duplicate id (also in ${first})` });
      else seen.set(id, file);
      if (layer && !id.startsWith(layer.prefix)) {
        problems.push({ file, feature: id, field: 'properties.id', message: `must start with "${layer.prefix}"` });
      }
    }
  }
}
