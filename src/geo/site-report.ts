import type { Feature, Point, Position } from 'geojson';
import { POINT_LAYER_IDS, type PointLayerId } from '../data/layers';
import type { AtlasData } from '../data/validate';
import type { AnyPointProps, ZoneProps } from '../data/schema';
import { countWithinRings, metresBetween, nearestK, walkingMinutes, zoneStanding, RINGS_METRES } from './site-profile';
import { isOpenCampus, isUniversityHospital } from './zone-compare';
import type { Network, StationProps } from '../data/network';

type PointFeature = Feature<Point, AnyPointProps>;

export interface NearestPlace {
  id: string;
  name: string;
  name_en?: string;
  metres: number;
  /** Walking estimate, null beyond walking distance. */
  minutes: number | null;
  /** Lines that call (stations from the network). */
  lines?: string;
  /** Opening year of a planned station. */
  opens?: number;
}

export interface SiteReport {
  site: Position;
  nearest: Record<PointLayerId, NearestPlace | null>;
  /** Counts per layer within RINGS_METRES (500 m, 1, 2, 5 km). */
  rings: Record<PointLayerId, number[]>;
  zonesInside: ZoneProps[];
  nearestZone: { zone: ZoneProps; metres: number } | null;
  /** The three nearest stations in service today (the whole network when it is loaded). */
  stations: NearestPlace[];
  /** The nearest bus or tram stop (null until the network is loaded). */
  stop: NearestPlace | null;
  /** Planned stations within 5 km, with their opening year, nearest first. */
  planned: NearestPlace[];
  housingUnits1km: number;
  housingUnits2km: number;
  universities2km: NearestPlace[];
  /** Nearest university hospital and open university campus (measured for every site alike). */
  nearestHospital: NearestPlace | null;
  nearestCampus: NearestPlace | null;
}

const isOpen = (f: PointFeature) => f.properties.category !== 'transit' || f.properties.status === 'open';
const withOpens = (p: NearestPlace, f: PointFeature): NearestPlace =>
  f.properties.category === 'transit' && f.properties.opens ? { ...p, opens: f.properties.opens } : p;
const networkPlace = (f: Feature<Point, StationProps>, metres: number): NearestPlace => ({
  id: f.properties.id,
  name: f.properties.name,
  metres,
  minutes: walkingMinutes(metres),
  lines: f.properties.lines || undefined,
  opens: f.properties.opens,
});

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
 * universities within reach, and the nearest university hospital and campus.
 */
export function siteReport(data: AtlasData, site: Position, network: Network | null = null): SiteReport {
  const nearest = {} as SiteReport['nearest'];
  const rings = {} as SiteReport['rings'];
  for (const layer of POINT_LAYER_IDS) {
    const features = data.layers[layer].features as PointFeature[];
    // "Nearest station" means one you can board today: planned stations are listed apart.
    const candidates = layer === 'transit' ? features.filter(isOpen) : features;
    const [n] = nearestK(site, candidates, 1);
    nearest[layer] = n ? place(n.feature, n.metres) : null;
    rings[layer] = countWithinRings(site, features, RINGS_METRES);
  }
  const standing = zoneStanding(site, data.zones.features);
  const transit = data.layers.transit.features as PointFeature[];
  const stations = network
    ? nearestK(
        site,
        network.stations.filter((f) => f.properties.status === 'open'),
        3,
      ).map((n) => networkPlace(n.feature, n.metres))
    : nearestK(site, transit.filter(isOpen), 3).map((n) => place(n.feature, n.metres));
  const [stop] = network ? nearestK(site, network.stops, 1) : [];
  // Planned stations: the atlas's own (with sources) and the basemap's, once per name.
  const plannedAll = [
    ...transit
      .filter((f) => !isOpen(f))
      .map((f) => withOpens(place(f, metresBetween(site, f.geometry.coordinates)), f)),
    ...(network?.stations ?? [])
      .filter((f) => f.properties.status === 'planned')
      .map((f) => networkPlace(f, metresBetween(site, f.geometry.coordinates))),
  ];
  const planned = plannedAll
    .filter((p, i) => p.metres <= 5000 && plannedAll.findIndex((q) => q.name === p.name) === i)
    .sort((a, b) => a.metres - b.metres);
  const housing = data.layers['student-housing'].features as PointFeature[];
  const unitsWithin = (r: number) =>
    housing
      .filter((f) => metresBetween(site, f.geometry.coordinates) <= r)
      .reduce((sum, f) => sum + (f.properties.category === 'student-housing' ? (f.properties.units ?? 0) : 0), 0);
  const nearestWhere = (layer: PointLayerId, keep: (p: AnyPointProps) => boolean) => {
    const [n] = nearestK(
      site,
      (data.layers[layer].features as PointFeature[]).filter((f) => keep(f.properties)),
      1,
    );
    return n ? place(n.feature, n.metres) : null;
  };
  return {
    site,
    nearest,
    rings,
    zonesInside: standing.inside,
    nearestZone: standing.nearest,
    stations,
    stop: stop
      ? {
          id: stop.feature.properties.id,
          name: stop.feature.properties.name,
          metres: stop.metres,
          minutes: walkingMinutes(stop.metres),
        }
      : null,
    planned,
    housingUnits1km: unitsWithin(1000),
    housingUnits2km: unitsWithin(2000),
    universities2km: nearestK(site, data.layers.universities.features as PointFeature[], 50)
      .filter((n) => n.metres <= 2000)
      .map((n) => place(n.feature, n.metres)),
    nearestHospital: nearestWhere('hospitals', isUniversityHospital),
    nearestCampus: nearestWhere('universities', isOpenCampus),
  };
}
