import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import area from '@turf/area';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import distance from '@turf/distance';
import { zoneBuffers } from './zone-buffer';

const zones = JSON.parse(readFileSync('data/zones.geojson', 'utf8')).features;
const haga = zones.find((z: { properties: { id: string } }) => z.properties.id === 'zone-hagastaden');

describe('the within-distance buffer', () => {
  it('holds the zone, is bigger by about the distance, and its edge lies at the distance from the zone', () => {
    const [b] = zoneBuffers([haga], 1000, '1 km').features;
    expect(b.properties).toMatchObject({ zone: 'zone-hagastaden', metres: 1000, label: '1 km' });
    expect(area(b)).toBeGreaterThan(area(haga) * 3);
    // Every vertex of the zone is inside the buffer.
    const ring = haga.geometry.type === 'Polygon' ? haga.geometry.coordinates[0] : haga.geometry.coordinates[0][0];
    for (const p of ring) expect(booleanPointInPolygon(p, b)).toBe(true);
    // A vertex of the buffer's edge is about 1 km from the nearest zone vertex or edge (≤ 1 km + 5 %).
    const edge = b.geometry.type === 'Polygon' ? b.geometry.coordinates[0] : b.geometry.coordinates[0][0];
    const nearest = Math.min(...ring.map((q: number[]) => distance(edge[0], q, { units: 'meters' })));
    expect(nearest).toBeGreaterThan(950);
    expect(nearest).toBeLessThan(1600);
  });

  it('draws nothing at 0 m', () => {
    expect(zoneBuffers([haga], 0, '0 km').features).toEqual([]);
  });
});
