import kinks from '@turf/kinks';
import type { Polygon, MultiPolygon, Position } from 'geojson';
import { REGION } from './layers';

const inRegion = (lng: number, lat: number) =>
  lng >= REGION.west && lng <= REGION.east && lat >= REGION.south && lat <= REGION.north;

/** What is wrong with a position, or null. Spots the classic [lat, lng] swap by name. */
export function checkPosition(pos: unknown): string | null {
  if (!Array.isArray(pos) || pos.length < 2 || !pos.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    return 'must be [lng, lat] with two finite numbers';
  }
  const [lng, lat] = pos as number[];
  if (inRegion(lng, lat)) return null;
  if (inRegion(lat, lng)) return `looks swapped: [${lng}, ${lat}] is [lat, lng]; GeoJSON wants [lng, lat]`;
  return `[${lng}, ${lat}] is outside the region (lng ${REGION.west}–${REGION.east}, lat ${REGION.south}–${REGION.north})`;
}

function checkRing(ring: unknown, where: string): string | null {
  if (!Array.isArray(ring) || ring.length < 4) return `${where} needs at least 4 positions`;
  for (const pos of ring) {
    const bad = checkPosition(pos);
    if (bad) return `${where}: ${bad}`;
  }
  const first = ring[0] as Position;
  const last = ring[ring.length - 1] as Position;
  if (first[0] !== last[0] || first[1] !== last[1]) return `${where} is not closed (first and last positions differ)`;
  return null;
}

/** Problems of a geometry as messages; [] when it is good. */
export function checkGeometry(geometry: unknown, expected: 'Point' | 'Area'): string[] {
  if (typeof geometry !== 'object' || geometry === null || !('type' in geometry)) return ['is missing'];
  const g = geometry as { type: string; coordinates?: unknown };
  if (expected === 'Point') {
    if (g.type !== 'Point') return [`must be a Point, got ${g.type}`];
    const bad = checkPosition(g.coordinates);
    return bad ? [`coordinates ${bad}`] : [];
  }
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return [`must be a Polygon or MultiPolygon, got ${g.type}`];
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as unknown[];
  if (!Array.isArray(polygons)) return ['coordinates must be an array'];
  const problems: string[] = [];
  polygons.forEach((rings, pi) => {
    if (!Array.isArray(rings) || rings.length === 0) problems.push(`polygon ${pi} has no rings`);
    else
      rings.forEach((ring, ri) => {
        const bad = checkRing(ring, `polygon ${pi} ring ${ri}`);
        if (bad) problems.push(bad);
      });
  });
  if (problems.length) return problems;
  const crossings = kinks(g as Polygon | MultiPolygon).features;
  if (crossings.length) {
    const [x, y] = crossings[0].geometry.coordinates;
    problems.push(
      `is self-intersecting (${crossings.length} crossing(s), first near ${x.toFixed(5)}, ${y.toFixed(5)})`,
    );
  }
  return problems;
}
