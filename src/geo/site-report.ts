import type { Feature, Point, Position } from 'geojson';
import { POINT_LAYER_IDS, type PointLayerId } from '../data/layers';
import type { AtlasData } from '../data/validate';
import type { AnyPointProps, ZoneProps } from '../data/schema';
import { countWithinRings, metresBetween, nearestK, walkingMinutes, zoneStanding, RINGS_METRES } from './site-profile';
import { HOSPITAL_ID, KI_CAMPUS_ID } from './zone-compare';

type PointFeature = Feature<Point, AnyPointProps>;

export interface NearestPlace {
  id: string;
  name: string;
  name_en?: string;
  metres: number;
  minutes: number;
}

export interface SiteReport {
  site: Position;
  nearest: Record<PointLayerId, NearestPlace | null>;
  /** Counts per layer within RINGS_METRES (500 m, 1, 2, 5 km). */
  rings: Record<PointLayerId, number[]>;
  zonesInside: ZoneProps[];
  nearestZone: { zone: ZoneProps; metres: number } | null;
  stations: NearestPlace[];
  housingUnits1km: number;
  housingUnits2km: number;
  universities2km: NearestPlace[];
  toHospitalMetres: number | null;
  toKiCampusMetres: number | null;
}

const place = (f: PointFeature, metres: number): NearestPlace => ({
  id: f.properties.id,
  name: f.properties.name,
  name_en: f.properties.name_en,
  metres,
  minutes: walkingMinutes(metres),
});

/**
 * Everything around a candidate site: nearest place per layer with a walking estimate,
 * counts in rings, the zone it is in (or the nearest), stations, student housing and
 * universities within reach, and the distance to the university hospital and KI Campus Solna.
 */
export function siteReport(data: AtlasData, site: Position): SiteReport {
  const nearest = {} as SiteReport['nearest'];
  const rings = {} as SiteReport['rings'];
  for (const layer of POINT_LAYER_IDS) {
    const features = data.layers[layer].features as PointFeature[];
    const [n] = nearestK(site, features, 1);
    nearest[layer] = n ? place(n.feature, n.metres) : null;
    rings[layer] = countWithinRings(site, features, RINGS_METRES);
  }
  const standing = zoneStanding(site, data.zones.features);
  const openStations = (data.layers.transit.features as PointFeature[]).filter(
    (f) => f.properties.category === 'transit' && f.properties.status === 'open',
  );
  const housing = data.layers['student-housing'].features as PointFeature[];
  const unitsWithin = (r: number) =>
    housing
      .filter((f) => metresBetween(site, f.geometry.coordinates) <= r)
      .reduce((sum, f) => sum + (f.properties.category === 'student-housing' ? (f.properties.units ?? 0) : 0), 0);
  const find = (id: string) => POINT_LAYER_IDS.flatMap((l) => data.layers[l].features).find((f) => f.properties.id === id);
  const distTo = (id: string) => {
    const f = find(id);
    return f ? metresBetween(site, f.geometry.coordinates) : null;
  };
  return {
    site,
    nearest,
    rings,
    zonesInside: standing.inside,
    nearestZone: standing.nearest,
    stations: nearestK(site, openStations, 3).map((n) => place(n.feature, n.metres)),
    housingUnits1km: unitsWithin(1000),
    housingUnits2km: unitsWithin(2000),
    universities2km: nearestK(site, data.layers.universities.features as PointFeature[], 50)
      .filter((n) => n.metres <= 2000)
      .map((n) => place(n.feature, n.metres)),
    toHospitalMetres: distTo(HOSPITAL_ID),
    toKiCampusMetres: distTo(KI_CAMPUS_ID),
  };
}
