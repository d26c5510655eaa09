import centroid from '@turf/centroid';
import pointOnFeature from '@turf/point-on-feature';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, MultiPolygon, Point, Polygon, Position } from 'geojson';

/**
 * One point that stands for a feature: a point itself; for an area its centroid when that falls
 * inside, otherwise a point guaranteed to be on it (a crescent's centroid can lie outside).
 * Zone counts and distances of imported areas use this point.
 */
export function representativePoint(f: Feature<Point | Polygon | MultiPolygon>): Position {
  if (f.geometry.type === 'Point') return f.geometry.coordinates;
  const c = centroid(f);
  return booleanPointInPolygon(c, f as Feature<Polygon | MultiPolygon>)
    ? c.geometry.coordinates
    : pointOnFeature(f).geometry.coordinates;
}
