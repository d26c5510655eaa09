// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { siteReport } from './site-report';
import { walkingMinutes } from './site-profile';
import { validateAtlasData } from '../data/validate';
import type { Network, StationProps, StopProps } from '../data/network';
import { POINT_LAYERS, ZONES_FILE } from '../data/layers';

// The real data files and the real built network: the site profile's transit answer for
// Hagaplan must be a station you can board today, with the 2028 station listed apart.
const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
const files = Object.fromEntries(
  [ZONES_FILE, ...POINT_LAYERS.map((l) => l.file)].map((f) => [`data/${f}`, read(`data/${f}`)]),
);
const { data } = validateAtlasData(files);
const stations = read('public/basemap/stations.geojson') as FeatureCollection<Point, StationProps>;
const stops = read('public/basemap/stops.geojson') as FeatureCollection<Point, StopProps>;
const network: Network = { stations: stations.features, stops: stops.features, areas: [] };
const hagaplan: [number, number] = [18.0312, 59.3476];

describe('site report: transit', () => {
  it('gives a station in service as nearest, and planned stations apart with their year', () => {
    const r = siteReport(data!, hagaplan, network);
    expect(r.stations.length).toBe(3);
    const byId = new Map(network.stations.map((f) => [f.properties.id, f.properties]));
    for (const s of r.stations) expect(byId.get(s.id)?.status).toBe('open');
    expect(r.planned.map((p) => p.name)).toContain('Hagastaden');
    expect(r.planned.find((p) => p.name === 'Hagastaden')?.opens).toBe(2028);
    expect(r.stations.map((s) => s.name)).not.toContain('Hagastaden');
    // The nearest-per-layer row agrees: no planned station there either.
    expect(
      data!.layers.transit.features.find((f) => f.properties.id === r.nearest.transit?.id)?.properties,
    ).toMatchObject({ status: 'open' });
  });

  it('finds the nearest bus or tram stop, and agrees with a brute-force search', () => {
    const r = siteReport(data!, hagaplan, network);
    const dist = (f: Feature<Point>) =>
      Math.hypot(
        (f.geometry.coordinates[0] - hagaplan[0]) * Math.cos((59.35 * Math.PI) / 180),
        f.geometry.coordinates[1] - hagaplan[1],
      );
    const brute = [...network.stops].sort((a, b) => dist(a) - dist(b))[0];
    expect(r.stop?.id).toBe(brute.properties.id);
    expect(r.stop!.metres).toBeLessThan(600);
  });

  it('without the network, falls back to the atlas’s own open stations', () => {
    const r = siteReport(data!, hagaplan);
    expect(r.stop).toBeNull();
    for (const s of r.stations) expect(s.id.startsWith('tra-')).toBe(true);
    expect(r.stations.map((s) => s.id)).not.toContain('tra-hagastaden');
  });

  it('gives a walking time only up to 3 km', () => {
    expect(walkingMinutes(2999)).toBe(47);
    expect(walkingMinutes(3001)).toBeNull();
  });
});
