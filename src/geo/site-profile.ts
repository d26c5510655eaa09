import distance from '@turf/distance';
import circle from '@turf/circle';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { distanceToZone } from './zone-distance';

/** Walking estimate, stated in the UI: 5 km/h along streets 1.3× longer than the straight line. */
export const WALK_KMH = 5;
export const DETOUR = 1.3;
export const RINGS_METRES = [500, 1000, 2000, 5000] as const;

/** Beyond this people take a bus or a train: the profile gives the distance alone. */
export const WALK_LIMIT_METRES = 3000;

/** Estimated walking minutes, or null beyond WALK_LIMIT_METRES. */
export const walkingMinutes = (metres: number): number | null =>
  metres > WALK_LIMIT_METRES ? null : Math.round(((metres * DETOUR) / 1000 / WALK_KMH) * 60);

/** Geodesic metres between two [lng, lat] positions. */
export const metresBetween = (a: Position, b: Position) => distance(a, b, { units: 'meters' });

export interface Near<P> {
  feature: Feature<Point, P>;
  metres: number;
}

/**
 * The k features nearest a site, nearest first (ties by input order).
 *
 * @example nearestK(site, universities, 3)[0].feature.properties.id // 'uni-ki-solna'
 */
export function nearestK<P>(site: Position, features: readonly Feature<Point, P>[], k: number): Near<P>[] {
  return features
    .map((feature, i) => ({ feature, metres: metresBetween(site, feature.geometry.coordinates), i }))
    .sort((a, b) => a.metres - b.metres || a.i - b.i)
    .slice(0, k)
    .map(({ feature, metres }) => ({ feature, metres }));
}

/** How many features lie within each ring radius of the site. */
export function countWithinRings<P>(
  site: Position,
  features: readonly Feature<Point, P>[],
  rings: readonly number[] = RINGS_METRES,
): number[] {
  const d = features.map((f) => metresBetween(site, f.geometry.coordinates));
  return rings.map((r) => d.filter((x) => x <= r).length);
}

/** The zones containing the site, or else the nearest zone and its distance. */
export function zoneStanding<P extends { id: string }>(
  site: Position,
  zones: readonly Feature<Polygon | MultiPolygon, P>[],
): { inside: P[]; nearest: { zone: P; metres: number } | null } {
  const d = zones.map((z) => ({ zone: z.properties, metres: distanceToZone(site, z) }));
  const inside = d.filter((x) => x.metres === 0).map((x) => x.zone);
  if (inside.length) return { inside, nearest: null };
  const nearest = d.sort((a, b) => a.metres - b.metres)[0] ?? null;
  return { inside, nearest };
}

/** The distance rings around a site, as polygons for the map (64 steps: smooth at city zoom). */
export function siteRings(
  site: Position,
  rings: readonly number[] = RINGS_METRES,
): FeatureCollection<Polygon, { metres: number; label: string }> {
  return {
    type: 'FeatureCollection',
    features: rings.map((metres) => {
      const c = circle(site, metres / 1000, { steps: 64, units: 'kilometers' });
      return {
        type: 'Feature',
        geometry: c.geometry,
        properties: { metres, label: metres < 1000 ? `${metres} m` : `${metres / 1000} km` },
      };
    }),
  };
}
