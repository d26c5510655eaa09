import centroid from '@turf/centroid';
import pointOnFeature from '@turf/point-on-feature';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

/**
 * One label point per zone: the centroid when it falls inside the zone, otherwise a point
 * guaranteed to be on it (a crescent-shaped zone's centroid can lie outside).
 * Labels from these points avoid MapLibre repeating polygon labels once per tile.
 *
 * @example zoneLabelPoints(zones).features[0].geometry.coordinates // [18.03, 59.349]
 */
export function zoneLabelPoints<P extends { id: string }>(
  zones: FeatureCollection<Polygon | MultiPolygon, P>,
): FeatureCollection<Point, P> {
  return {
    type: 'FeatureCollection',
    features: zones.features.map((zone): Feature<Point, P> => {
      const c = centroid(zone);
      const at = booleanPointInPolygon(c, zone) ? c : pointOnFeature(zone);
      return { type: 'Feature', geometry: at.geometry, properties: zone.properties };
    }),
  };
}
