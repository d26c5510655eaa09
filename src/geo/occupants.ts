import type { Feature, Point } from 'geojson';
import type { AtlasData, PointCollection } from '../data/validate';
import type { PointLayerId } from '../data/layers';
import type { AnyPointProps } from '../data/schema';

type PointFeature = Feature<Point, AnyPointProps>;
const cache = new WeakMap<AtlasData, Map<string, PointFeature[]>>();

/**
 * The places in each building or hospital (those that name it as their `building`), sorted by
 * name. Derived once per data and shared by the map's labels and the details panel.
 */
export function occupantsByHost(data: AtlasData): Map<string, PointFeature[]> {
  let byHost = cache.get(data);
  if (!byHost) {
    byHost = new Map();
    for (const fc of Object.values(data.layers)) {
      for (const f of fc.features) {
        const host = f.properties.building;
        if (host) byHost.set(host, [...(byHost.get(host) ?? []), f]);
      }
    }
    for (const list of byHost.values()) list.sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'sv'));
    cache.set(data, byHost);
  }
  return byHost;
}

/**
 * The layers as the map draws them: buildings and hospitals carry `occupants`, the number of
 * places in them, for the label "Forskaren · 9". Derived, not stored.
 */
export function withOccupantCounts(data: AtlasData): Record<PointLayerId, PointCollection> {
  const byHost = occupantsByHost(data);
  const host = (fc: PointCollection): PointCollection => ({
    ...fc,
    features: fc.features.map((f) => ({
      ...f,
      properties: { ...f.properties, occupants: byHost.get(f.properties.id)?.length ?? 0 },
    })),
  });
  return { ...data.layers, buildings: host(data.layers.buildings), hospitals: host(data.layers.hospitals) };
}
