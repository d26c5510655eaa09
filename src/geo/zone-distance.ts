import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * Geodesic distance in metres from a point to a zone: 0 inside, otherwise to the nearest edge
 * (outer ring or hole). This is the oracle; `buildZoneIndex` calls it only where the
 * bounding-box prefilter cannot rule a point out.
 *
 * @example distanceToZone([18.05, 59.35], hagastaden) // 1234.5
 */
export function distanceToZone(at: Position, zone: Feature<Polygon | MultiPolygon>): number {
  const pt = point(at);
  if (booleanPointInPolygon(pt, zone)) return 0;
  const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
  let best = Infinity;
  for (const rings of polygons) {
    for (const ring of rings) {
      const d = pointToLineDistance(pt, lineString(ring), { units: 'meters', method: 'geodesic' });
      if (d < best) best = d;
    }
  }
  return best;
}

/** [west, south, east, north] of a zone grown by `metres` (a cheap spatial index). */
export function grownBbox(zone: Feature<Polygon | MultiPolygon>, metres: number): [number, number, number, number] {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
  for (const rings of polygons) for (const [x, y] of rings[0]) {
    if (x < w) w = x;
    if (x > e) e = x;
    if (y < s) s = y;
    if (y > n) n = y;
  }
  // Generous on purpose (×1.01): the box only rules points out, it never decides a distance.
  const dLat = (metres / 111_000) * 1.01;
  const dLng = dLat / Math.cos((Math.max(Math.abs(s), Math.abs(n)) * Math.PI) / 180);
  return [w - dLng, s - dLat, e + dLng, n + dLat];
}
