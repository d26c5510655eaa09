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
  if (issue.code === 'unrecognized_keys')
    return { field: 'properties', message: `unknown field(s): ${issue.keys.join(', ')}` };
  if (issue.code === 'invalid_type' && props[String(issue.path[0])] === undefined)
    return { field, message: 'is missing' };
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
    for (const message of checkGeometry(feature.geometry, geometry))
      problems.push({ file, feature: id, field: 'geometry', message });
    const result = schema.safeParse(props);
    if (!result.success)
      for (const issue of result.error.issues) problems.push({ file, feature: id, ...describeIssue(issue, props) });
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
  checkBuildings(layers, problems);
  checkTimelines(layers, problems);
  if (problems.length) return { data: null, problems };
  return { data: { layers, zones: files[zonesFile] as ZoneCollection }, problems };
}

const fileOf = (layer: PointLayerId) => `data/${POINT_LAYERS.find((l) => l.id === layer)!.file}`;
const coordKey = (c: number[]) => `${c[0].toFixed(5)},${c[1].toFixed(5)}`;

/**
 * An organisation in a building names it (`building`) and stands on the building's coordinate;
 * two places share a coordinate only when they share a building (one is the building or both
 * are in it). Anything else is two places claimed to be on the same spot, which is a data error.
 */
function checkBuildings(layers: AtlasData['layers'], problems: DataProblem[]) {
  const buildings = new Map(
    [...layers.buildings.features, ...layers.hospitals.features].map((f) => [f.properties.id, f]),
  );
  const at = new Map<string, { layer: PointLayerId; id: string; home: string }[]>();
  for (const layer of POINT_LAYERS.map((l) => l.id)) {
    for (const f of layers[layer].features) {
      const { id, building } = f.properties;
      if (building) {
        const b = buildings.get(building);
        if (!b)
          problems.push({
            file: fileOf(layer),
            feature: id,
            field: 'properties.building',
            message: `unknown building ${building}`,
          });
        else if (coordKey(b.geometry.coordinates) !== coordKey(f.geometry.coordinates)) {
          problems.push({
            file: fileOf(layer),
            feature: id,
            field: 'geometry',
            message: `must be the coordinate of its building ${building}`,
          });
        }
      }
      const key = coordKey(f.geometry.coordinates);
      const list = at.get(key) ?? [];
      list.push({ layer, id, home: building ?? (layer === 'buildings' || layer === 'hospitals' ? id : `(own:${id})`) });
      at.set(key, list);
    }
  }
  for (const list of at.values()) {
    if (list.length < 2) continue;
    const homes = new Set(list.map((x) => x.home));
    if (homes.size === 1) continue;
    for (const x of list.filter((y) => y.home.startsWith('(own:'))) {
      const others = list
        .filter((y) => y.id !== x.id)
        .map((y) => y.id)
        .join(', ');
      problems.push({
        file: fileOf(x.layer),
        feature: x.id,
        field: 'geometry',
        message: `same coordinate as ${others} but no shared building (add "building" or place it where it is)`,
      });
    }
  }
}

/**
 * Years read as a timeline: a year has its kind, a left site says when and how, a move points
 * at the same layer's next site, and nothing leaves before it arrived.
 */
function checkTimelines(layers: AtlasData['layers'], problems: DataProblem[]) {
  for (const layer of POINT_LAYERS.map((l) => l.id)) {
    const ids = new Set(layers[layer].features.map((f) => f.properties.id));
    for (const f of layers[layer].features) {
      const p = f.properties;
      const add = (field: string, message: string) =>
        problems.push({ file: fileOf(layer), feature: p.id, field: `properties.${field}`, message });
      if ((p.since === undefined) !== (p.since_kind === undefined))
        add(p.since === undefined ? 'since' : 'since_kind', 'since and since_kind go together');
      if ((p.since_source || p.since_source_date) && p.since === undefined)
        add('since_source', 'a source for the year needs a year (since)');
      if (p.since_source && !p.since_source_date)
        add('since_source_date', 'is missing (the date of the page that gives the year, or "undated")');
      if ((p.until === undefined) !== (p.until_kind === undefined))
        add(p.until === undefined ? 'until' : 'until_kind', 'until and until_kind go together');
      if (p.until !== undefined && p.since !== undefined && p.until < p.since)
        add('until', `${p.until} is before since ${p.since}`);
      if (p.moved_to !== undefined) {
        if (p.until_kind !== 'moved-out')
          add('moved_to', 'only a site left by a move (until_kind "moved-out") points at the next one');
        if (!ids.has(p.moved_to)) add('moved_to', `unknown ${p.moved_to} (must be in the same layer)`);
      }
    }
  }
}

export interface DataWarning {
  file: string;
  feature: string;
  field: string;
  message: string;
}

/** Not errors, but worth a look: sources older than five years (their facts may have moved on). */
export function dataWarnings(data: AtlasData, today: string): DataWarning[] {
  const year = Number(today.slice(0, 4));
  const out: DataWarning[] = [];
  for (const layer of POINT_LAYERS.map((l) => l.id)) {
    for (const f of data.layers[layer].features) {
      const { since, since_kind } = f.properties;
      if (since_kind === 'planned' && since !== undefined && since < year) {
        out.push({
          file: fileOf(layer),
          feature: f.properties.id,
          field: 'since',
          message: `planned for ${since}, which has passed: find a source that it opened (or drop the year)`,
        });
      }
      const d = f.properties.source_date;
      if (d === 'undated')
        out.push({
          file: fileOf(layer),
          feature: f.properties.id,
          field: 'source_date',
          message: 'the source has no date',
        });
      else if (year - Number(d.slice(0, 4)) > 5) {
        out.push({
          file: fileOf(layer),
          feature: f.properties.id,
          field: 'source_date',
          message: `source from ${d}, older than five years`,
        });
      }
    }
  }
  return out;
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
      if (first)
        problems.push({ file, feature: id, field: 'properties.id', message: `duplicate id (also in ${first})` });
      else seen.set(id, file);
      if (layer && !id.startsWith(layer.prefix)) {
        problems.push({ file, feature: id, field: 'properties.id', message: `must start with "${layer.prefix}"` });
      }
    }
  }
}
