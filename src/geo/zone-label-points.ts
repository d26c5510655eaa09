import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';
import area from '@turf/area';
import { representativePoint } from './representative-point';

/** A multi-part zone is labelled on its largest part (Södertälje's core, not its Gärtuna site). */
function mainPart<P>(zone: Feature<Polygon | MultiPolygon, P>): Feature<Polygon | MultiPolygon, P> {
  if (zone.geometry.type === 'Polygon') return zone;
  const parts = zone.geometry.coordinates.map(
    (c): Feature<Polygon, P> => ({
      type: 'Feature',
      properties: zone.properties,
      geometry: { type: 'Polygon', coordinates: c },
    }),
  );
  return parts.reduce((a, b) => (area(b.geometry) > area(a.geometry) ? b : a));
}

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
      (zone): Feature<Point, P> => ({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: representativePoint(mainPart(zone)) },
        properties: zone.properties,
      }),
    ),
  };
}
