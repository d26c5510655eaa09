import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import { representativePoint } from './representative-point';

/**
 * One label point per zone (see representativePoint). Labels from these points avoid MapLibre
 * repeating polygon labels once per tile.
 *
 * @example zoneLabelPoints(zones).features[0].geometry.coordinates // [18.03, 59.349]
 */
export function zoneLabelPoints<P extends { id: string }>(
  zones: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: zones.features.map(
      (zone): Feature<Point, P> => ({ type: 'Feature', geometry: { type: 'Point', coordinates: representativePoint(zone) }, properties: zone.properties }),
    ),
  };
}
