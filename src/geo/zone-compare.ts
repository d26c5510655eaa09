import area from '@turf/area';
import type { Feature, MultiPolygon, Point, Polygon } from 'geojson';
import { POINT_LAYER_IDS, THEMES, type PointLayerId, type Theme } from '../data/layers';
import type { AtlasData } from '../data/validate';
import type { AnyPointProps, ZoneProps } from '../data/schema';
import type { AtlasIndexes } from './atlas-filter';
import { distanceToZone } from './zone-distance';

export interface ZoneComparison {
  zoneId: string;
  areaKm2: number;
  inside: Record<PointLayerId, number>;
  within: Record<PointLayerId, number>;
  housingUnitsWithin: number;
  /** Open metro or commuter-rail station nearest the zone (0 m when inside it). */
  nearestStation: { id: string; name: string; metres: number } | null;
  /** The nearest university hospital and university campus: every zone measured to its own nearest, so no row favours one zone by construction. */
  nearestHospital: { id: string; name: string; metres: number } | null;
  nearestCampus: { id: string; name: string; metres: number } | null;
  /** Share (0–1) of the features within the distance that carry each theme. */
  themeShare: Record<Theme, number>;
}

type PointFeature = Feature<Point, AnyPointProps>;

/** University hospitals and open university campuses: what a company measures a site against. */
export const isUniversityHospital = (p: AnyPointProps) =>
  p.category === 'hospitals' && p.kind === 'university-hospital';
export const isOpenCampus = (p: AnyPointProps) => p.category === 'universities' && p.status === 'open';

function nearestOf(
  data: AtlasData,
  layer: PointLayerId,
  keep: (p: AnyPointProps) => boolean,
  zone: Feature<Polygon | MultiPolygon>,
) {
  let best: { id: string; name: string; metres: number } | null = null;
  for (const f of data.layers[layer].features as PointFeature[]) {
    if (!keep(f.properties)) continue;
    const metres = distanceToZone(f.geometry.coordinates, zone);
    if (!best || metres < best.metres) best = { id: f.properties.id, name: f.properties.name, metres };
  }
  return best;
}

function nearestStation(data: AtlasData, zone: Feature<Polygon | MultiPolygon>): ZoneComparison['nearestStation'] {
  let best: ZoneComparison['nearestStation'] = null;
  for (const f of data.layers.transit.features as PointFeature[]) {
    const p = f.properties;
    if (p.category !== 'transit' || p.status !== 'open' || !p.modes.some((m) => m === 'metro' || m === 'commuter-rail'))
      continue;
    const metres = distanceToZone(f.geometry.coordinates, zone);
    if (!best || metres < best.metres) best = { id: p.id, name: p.name, metres };
  }
  return best;
}

/**
 * Compare zones one by one (each against itself, not the union): area, counts per layer
 * inside and within `withinMetres`, student-housing units within reach, nearest station,
 * nearest university hospital and university campus, and theme shares.
 */
export function compareZones(
  data: AtlasData,
  indexes: AtlasIndexes,
  zoneIds: readonly string[],
  withinMetres: number,
): ZoneComparison[] {
  return zoneIds.flatMap((zoneId) => {
    const zone = data.zones.features.find((z) => z.properties.id === zoneId) as
      | Feature<Polygon | MultiPolygon, ZoneProps>
      | undefined;
    if (!zone) return [];
    const inside = {} as Record<PointLayerId, number>;
    const within = {} as Record<PointLayerId, number>;
    const themeHits = Object.fromEntries(THEMES.map((t) => [t, 0])) as Record<Theme, number>;
    let reached = 0;
    let units = 0;
    for (const layer of POINT_LAYER_IDS) {
      const index = indexes[layer];
      const col = index.zoneIds.indexOf(zoneId);
      const Z = index.zoneIds.length;
      const features = data.layers[layer].features as PointFeature[];
      inside[layer] = 0;
      within[layer] = 0;
      for (let i = 0; i < index.count; i++) {
        const d = index.distances[i * Z + col];
        if (d === 0) inside[layer]++;
        if (d > withinMetres) continue;
        within[layer]++;
        reached++;
        const p = features[i].properties;
        for (const t of p.themes) themeHits[t]++;
        if (p.category === 'student-housing') units += p.units ?? 0;
      }
    }
    const themeShare = Object.fromEntries(THEMES.map((t) => [t, reached ? themeHits[t] / reached : 0])) as Record<
      Theme,
      number
    >;
    return [
      {
        zoneId,
        areaKm2: area(zone) / 1e6,
        inside,
        within,
        housingUnitsWithin: units,
        nearestStation: nearestStation(data, zone),
        nearestHospital: nearestOf(data, 'hospitals', isUniversityHospital, zone),
        nearestCampus: nearestOf(data, 'universities', isOpenCampus, zone),
        themeShare,
      },
    ];
  });
}

/** Index of the best value in a row (ties: all of them); `null` entries never win. */
export function bestIndexes(values: readonly (number | null)[], better: 'max' | 'min'): number[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return [];
  const target = better === 'max' ? Math.max(...present) : Math.min(...present);
  if (present.every((v) => v === target)) return [];
  return values.flatMap((v, i) => (v === target ? [i] : []));
}
