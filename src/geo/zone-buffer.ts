import buffer from '@turf/buffer';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { ZoneProps } from '../data/schema';

export interface BufferProps {
  zone: string;
  metres: number;
  label: string;
}

const cache = new Map<string, Feature<Polygon | MultiPolygon, BufferProps> | null>();

/**
 * The "within N m of the zone" area drawn on the map, so the distance the counts use can be
 * seen. turf's buffer works in a local azimuthal-equidistant projection, which at a few km is
 * within metres of the geodesic distance the counts use (zone-distance.ts).
 */
export function zoneBuffers(
  zones: readonly Feature<Polygon | MultiPolygon, ZoneProps>[],
  metres: number,
  label: string,
): FeatureCollection<Polygon | MultiPolygon, BufferProps> {
  if (metres <= 0) return { type: 'FeatureCollection', features: [] };
  const features = zones.flatMap((zone) => {
    const key = `${zone.properties.id}:${metres}`;
    if (!cache.has(key)) {
      const b = buffer(zone, metres, { units: 'meters', steps: 16 });
      cache.set(
        key,
        b
          ? {
              type: 'Feature',
              geometry: b.geometry as Polygon | MultiPolygon,
              properties: { zone: zone.properties.id, metres, label },
            }
          : null,
      );
    }
    const f = cache.get(key);
    return f ? [{ ...f, properties: { ...f.properties, label } }] : [];
  });
  return { type: 'FeatureCollection', features };
}
