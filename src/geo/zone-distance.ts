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
  // Geodesic distance to every edge is the costly part (100k points × 3 zones × 30 edges).
  // A flat local projection ranks the edges almost exactly; the geodesic distance is then taken
  // to the few nearest, which hold the true nearest edge with a wide margin.
  let best = Infinity;
  for (const [a, b] of nearestEdges(at, polygons, NEAREST_EDGES)) {
    const d = pointToLineDistance(pt, lineString([a, b]), { units: 'meters', method: 'geodesic' });
    if (d < best) best = d;
  }
  return best;
}

const NEAREST_EDGES = 4;

/** The k edges nearest `at` by squared planar distance in a local equirectangular frame. */
function nearestEdges(at: Position, polygons: Position[][][], k: number): [Position, Position][] {
  const kx = Math.cos((at[1] * Math.PI) / 180);
  const ranked: { d: number; a: Position; b: Position }[] = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const a = ring[i];
        const b = ring[i + 1];
        const ax = (a[0] - at[0]) * kx,
          ay = a[1] - at[1];
        const dx = (b[0] - a[0]) * kx,
          dy = b[1] - a[1];
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        const px = ax + t * dx,
          py = ay + t * dy;
        const d = px * px + py * py;
        if (ranked.length < k) ranked.push({ d, a, b });
        else {
          let worst = 0;
          for (let j = 1; j < k; j++) if (ranked[j].d > ranked[worst].d) worst = j;
          if (d < ranked[worst].d) ranked[worst] = { d, a, b };
        }
      }
    }
  }
  return ranked.map((r) => [r.a, r.b]);
}

/** [west, south, east, north] of a zone grown by `metres` (a cheap spatial index). */
export function grownBbox(zone: Feature<Polygon | MultiPolygon>, metres: number): [number, number, number, number] {
  let w = Infinity,
    s = Infinity,
    e = -Infinity,
    n = -Infinity;
  const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
  for (const rings of polygons)
    for (const [x, y] of rings[0]) {
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
