// Counts computed straight from the data files with turf, to check what the atlas shows.
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import { point } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

export const LAYERS = [
  'buildings',
  'universities',
  'hospitals',
  'research-infrastructure',
  'incubators',
  'pharma',
  'agencies',
  'student-housing',
  'transit',
] as const;

export function readLayer(layer: string): FeatureCollection<Point, Record<string, unknown>> {
  return JSON.parse(readFileSync(`data/${layer}.geojson`, 'utf8'));
}
/**
 * The layer as today's map shows it: a site left by now (a move's old site, a closure: `until`
 * in the past) is history, shown only by the time control.
 */
export function readLayerToday(layer: string): FeatureCollection<Point, Record<string, unknown>> {
  const fc = readLayer(layer);
  const now = new Date().getFullYear();
  return {
    ...fc,
    features: fc.features.filter((f) => !(typeof f.properties.until === 'number' && f.properties.until <= now)),
  };
}

export function readZones(): FeatureCollection<Polygon | MultiPolygon, Record<string, unknown>> {
  return JSON.parse(readFileSync('data/zones.geojson', 'utf8'));
}

export function zoneDistance(p: [number, number], zone: Feature<Polygon | MultiPolygon>): number {
  if (booleanPointInPolygon(point(p), zone)) return 0;
  const lines = polygonToLine(zone) as
    | Feature<LineString | MultiLineString>
    | FeatureCollection<LineString | MultiLineString>;
  const feats = 'features' in lines ? lines.features : [lines];
  let best = Infinity;
  for (const f of feats) {
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    for (const c of parts)
      best = Math.min(best, pointToLineDistance(point(p), { type: 'LineString', coordinates: c }, { units: 'meters' }));
  }
  return best;
}

export function expectedCounts(zoneIds: string[], within: number) {
  const zones = readZones().features.filter((z) => zoneIds.includes(String(z.properties.id)));
  const out: Record<string, { inside: number; within: number; total: number }> = {};
  for (const layer of LAYERS) {
    const fs = readLayerToday(layer).features;
    const d = fs.map((f) => Math.min(...zones.map((z) => zoneDistance(f.geometry.coordinates as [number, number], z))));
    out[layer] = {
      inside: d.filter((x) => x === 0).length,
      within: d.filter((x) => x <= within).length,
      total: fs.length,
    };
  }
  return out;
}
