import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import { point } from '@turf/helpers';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';
import { BEYOND, buildZoneIndex, classify, INSIDE, OUTSIDE, WITHIN } from './zone-index';
import { distanceToZone } from './zone-distance';
import { fastDistanceToZone, prepareZone } from './zone-distance-fast';
import { seededRandom } from '../../test/support/seeded-random';

import { zoneA, zoneB } from '../../test/support/test-zones';

function randomPoints(n: number, seed: number): Position[] {
  const r = seededRandom(seed);
  return Array.from({ length: n }, () => [17.9 + r() * 0.2, 59.18 + r() * 0.2]);
}

/** The oracle: turf straight, no index, no caps. */
function oracle(p: Position, zone: Feature<Polygon | MultiPolygon>): number {
  if (booleanPointInPolygon(point(p), zone)) return 0;
  const converted = polygonToLine(zone) as
    | Feature<LineString | MultiLineString>
    | FeatureCollection<LineString | MultiLineString>;
  const all = 'features' in converted ? converted.features : [converted];
  const parts = all.flatMap((l) =>
    l.geometry.type === 'LineString' ? [l.geometry.coordinates] : l.geometry.coordinates,
  );
  return Math.min(
    ...parts.map((c) => pointToLineDistance(point(p), { type: 'LineString', coordinates: c }, { units: 'meters' })),
  );
}

describe('distanceToZone', () => {
  it('is 0 inside, and positive in a hole', () => {
    expect(distanceToZone([18.03, 59.35], zoneA)).toBe(0);
    expect(distanceToZone([17.9425, 59.2175], zoneB)).toBeGreaterThan(100);
  });

  it('agrees with turf on the real zones (many edges), 3,000 random points around them', () => {
    const real = JSON.parse(readFileSync('data/zones.geojson', 'utf8')).features as Feature<
      Polygon | MultiPolygon,
      { id: string }
    >[];
    expect(real.some((z) => z.geometry.type === 'MultiPolygon')).toBe(true);
    const r = seededRandom(2026);
    for (let i = 0; i < 3000; i++) {
      const zone = real[i % real.length];
      const g = zone.geometry;
      const [x, y] = g.type === 'Polygon' ? g.coordinates[0][0] : g.coordinates[i % g.coordinates.length][0][0];
      const p: Position = [x + (r() - 0.5) * 0.15, y + (r() - 0.5) * 0.08];
      expect(distanceToZone(p, zone), `${zone.properties.id} ${p}`).toBeCloseTo(oracle(p, zone), 3);
    }
  });

  it('agrees with turf on 2,000 random points', () => {
    for (const p of randomPoints(2000, 7)) {
      expect(distanceToZone(p, zoneA)).toBeCloseTo(oracle(p, zoneA), 3);
      expect(distanceToZone(p, zoneB)).toBeCloseTo(oracle(p, zoneB), 3);
    }
  });
});

describe("the zone index's own distance (fastDistanceToZone)", () => {
  it('agrees with the turf oracle to within 25 cm (10 cm measured) on 3,000 random points around the real zones, 0 inside', () => {
    const real = JSON.parse(readFileSync('data/zones.geojson', 'utf8')).features as Feature<
      Polygon | MultiPolygon,
      { id: string }
    >[];
    const prepared = real.map(prepareZone);
    const r = seededRandom(99);
    let worst = 0;
    let inside = 0;
    for (let i = 0; i < 3000; i++) {
      const z = i % real.length;
      const g = real[z].geometry;
      const [x, y] = g.type === 'Polygon' ? g.coordinates[0][0] : g.coordinates[i % g.coordinates.length][0][0];
      const p: Position = [x + (r() - 0.5) * 0.15, y + (r() - 0.5) * 0.08];
      const want = oracle(p, real[z]);
      const got = fastDistanceToZone(p, prepared[z]);
      if (want === 0) {
        inside++;
        expect(got, `${real[z].properties.id} ${p}`).toBe(0);
      }
      worst = Math.max(worst, Math.abs(got - want));
    }
    expect(inside).toBeGreaterThan(50);
    expect(worst).toBeLessThan(0.25);
  });
});

describe('the index keeps whole metres, rounded up', () => {
  it('holds ⌈d⌉ within the cap and BEYOND past it, so "within T" for a whole T is exact', () => {
    const points = randomPoints(2000, 5);
    const index = buildZoneIndex(points, [zoneA, zoneB], 2500);
    const prepared = [prepareZone(zoneA), prepareZone(zoneB)];
    let kept = 0;
    let beyond = 0;
    points.forEach((p, i) => {
      prepared.forEach((zone, z) => {
        const d = fastDistanceToZone(p, zone);
        const stored = index.distances[i * 2 + z];
        if (d > 2500) {
          beyond++;
          expect(stored).toBe(BEYOND);
          return;
        }
        kept++;
        expect(stored).toBe(Math.ceil(d));
        // For every whole threshold around it, the stored value answers as the distance does.
        for (const t of [Math.floor(d) - 1, Math.floor(d), Math.ceil(d), Math.ceil(d) + 1])
          expect(stored <= t).toBe(d <= t);
      });
    });
    expect(kept).toBeGreaterThan(500);
    expect(beyond).toBeGreaterThan(100);
  });
});

describe('classify over the zone index', () => {
  const points = randomPoints(3000, 42);
  const index = buildZoneIndex(points, [zoneA, zoneB]);

  it.each([0, 500, 1000, 2500, 5000])('matches the turf oracle within %i m', (within) => {
    const { classes, counts } = classify(index, ['zone-a', 'zone-b'], within);
    let inside = 0,
      near = 0;
    points.forEach((p, i) => {
      const d = Math.min(oracle(p, zoneA), oracle(p, zoneB));
      const expected = d === 0 ? INSIDE : d <= within ? WITHIN : OUTSIDE;
      expect(classes[i], `point ${i} ${p}`).toBe(expected);
      if (d === 0) inside++;
      if (d <= within) near++;
    });
    expect(counts).toEqual({ inside, within: near, total: points.length });
  });

  it('applies the attribute filter before counting', () => {
    const { counts } = classify(index, ['zone-a'], 5000, (i) => i % 2 === 0);
    expect(counts.total).toBe(1500);
  });

  it('treats no selected zone as the whole map and ignores unknown zone ids', () => {
    expect(classify(index, [], 0).counts).toEqual({ inside: 3000, within: 3000, total: 3000 });
    expect(classify(index, ['zone-nope'], 0).counts).toEqual({ inside: 3000, within: 3000, total: 3000 });
  });
});
