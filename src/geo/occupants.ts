import type { AtlasData, PointCollection } from '../data/validate';
import type { PointLayerId } from '../data/layers';

/**
 * The layers as the map draws them: buildings and hospitals carry `occupants`, the number of
 * places that name them as their `building`, for the label "Forskaren · 9". Derived, not stored.
 */
export function withOccupantCounts(data: AtlasData): Record<PointLayerId, PointCollection> {
  const counts = new Map<string, number>();
  for (const fc of Object.values(data.layers)) {
    for (const f of fc.features) if (f.properties.building) counts.set(f.properties.building, (counts.get(f.properties.building) ?? 0) + 1);
  }
  const host = (fc: PointCollection): PointCollection => ({
    ...fc,
    features: fc.features.map((f) => ({ ...f, properties: { ...f.properties, occupants: counts.get(f.properties.id) ?? 0 } })),
  });
  return { ...data.layers, buildings: host(data.layers.buildings), hospitals: host(data.layers.hospitals) };
}
