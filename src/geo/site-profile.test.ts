import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Feature, Point, Polygon, Position } from 'geojson';
import { countWithinRings, nearestK, siteRings, walkingMinutes, zoneStanding } from './site-profile';
import { seededRandom } from '../../test/support/seeded-random';

const rnd = seededRandom(99);
const pts: Feature<Point, { id: string }>[] = Array.from({ length: 500 }, (_, i) => ({
  type: 'Feature',
  properties: { id: `p${i}` },
  geometry: { type: 'Point', coordinates: [17.95 + rnd() * 0.15, 59.3 + rnd() * 0.08] },
}));
const site: Position = [18.03, 59.349];

describe('site profile', () => {
  it('nearestK agrees with a brute-force turf sort', () => {
    const oracle = [...pts].sort(
      (a, b) => distance(site, a.geometry.coordinates) - distance(site, b.geometry.coordinates),
    );
    expect(nearestK(site, pts, 10).map((n) => n.feature.properties.id)).toEqual(
      oracle.slice(0, 10).map((f) => f.properties.id),
    );
    expect(nearestK(site, pts, 1)[0].metres).toBeCloseTo(
      distance(site, oracle[0].geometry.coordinates, { units: 'meters' }),
      6,
    );
  });

  it('counts within each ring like turf does', () => {
    const counts = countWithinRings(site, pts);
    const oracle = [500, 1000, 2000, 5000].map(
      (r) => pts.filter((p) => distance(site, p.geometry.coordinates, { units: 'meters' }) <= r).length,
    );
    expect(counts).toEqual(oracle);
    expect(counts[3]).toBeGreaterThan(counts[0]);
  });

  it('draws rings that hold exactly the points the counts count (away from the edge)', () => {
    const rings = siteRings(site);
    const km1 = rings.features[1];
    expect(km1.properties).toEqual({ metres: 1000, label: '1 km' });
    for (const p of pts) {
      const d = distance(site, p.geometry.coordinates, { units: 'meters' });
      if (Math.abs(d - 1000) < 15) continue; // the 64-gon cuts the true circle by a few metres
      expect(booleanPointInPolygon(p, km1)).toBe(d <= 1000);
    }
  });

  it('states the walking estimate: 1 km straight is 16 minutes', () => {
    expect(walkingMinutes(1000)).toBe(16);
  });

  it('names the zone a site is in, or the nearest one', () => {
    const zone: Feature<Polygon, { id: string }> = {
      type: 'Feature',
      properties: { id: 'zone-h' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18.02, 59.343],
            [18.045, 59.343],
            [18.045, 59.355],
            [18.02, 59.355],
            [18.02, 59.343],
          ],
        ],
      },
    };
    expect(zoneStanding(site, [zone]).inside.map((z) => z.id)).toEqual(['zone-h']);
    const far = zoneStanding([18.1, 59.349], [zone]);
    expect(far.inside).toEqual([]);
    expect(far.nearest!.metres).toBeGreaterThan(3000);
  });
});
