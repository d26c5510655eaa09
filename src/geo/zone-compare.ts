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
  toHospitalMetres: number | null;
  toKiCampusMetres: number | null;
  /** Share (0–1) of the features within the distance that carry each theme. */
  themeShare: Record<Theme, number>;
}

/** Ids the comparison measures distances to; they must stay stable in the data. */
export const HOSPITAL_ID = 'hos-karolinska-solna';
export const KI_CAMPUS_ID = 'uni-ki-solna';

type PointFeature = Feature<Point, AnyPointProps>;

function distanceToFeature(data: AtlasData, id: string, zone: Feature<Polygon | MultiPolygon>): number | null {
  for (const layer of POINT_LAYER_IDS) {
    const f = data.layers[layer].features.find((x) => x.properties.id === id);
    if (f) return distanceToZone(f.geometry.coordinates, zone);
  }
  return null;
}

function nearestStation(data: AtlasData, zone: Feature<Polygon | MultiPolygon>): ZoneComparison['nearestStation'] {
  let best: ZoneComparison['nearestStation'] = null;
  for (const f of data.layers.transit.features as PointFeature[]) {
    const p = f.properties;
    if (p.category !== 'transit' || p.status !== 'open' || !p.modes.some((m) => m === 'metro' || m === 'commuter-rail')) continue;
    const metres = distanceToZone(f.geometry.coordinates, zone);
    if (!best || metres < best.metres) best = { id: p.id, name: p.name, metres };
  }
  return best;
}

/**
 * Compare zones one by one (each against itself, not the union): area, counts per layer
 * inside and within `withinMetres`, student-housing units within reach, nearest station,
 * distance to the university hospital and KI Campus Solna, and theme shares.
 */
export function compareZones(
  data: AtlasData,
  indexes: AtlasIndexes,
  zoneIds: readonly string[],
  withinMetres: number,
): ZoneComparison[] {
  return zoneIds.flatMap((zoneId) => {
    const zone = data.zones.features.find((z) => z.properties.id === zoneId) as Feature<Polygon | MultiPolygon, ZoneProps> | undefined;
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
    const themeShare = Object.fromEntries(THEMES.map((t) => [t, reached ? themeHits[t] / reached : 0])) as Record<Theme, number>;
    return [
      {
        zoneId,
        areaKm2: area(zone) / 1e6,
        inside,
        within,
        housingUnitsWithin: units,
        nearestStation: nearestStation(data, zone),
        toHospitalMetres: distanceToFeature(data, HOSPITAL_ID, zone),
        toKiCampusMetres: distanceToFeature(data, KI_CAMPUS_ID, zone),
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
