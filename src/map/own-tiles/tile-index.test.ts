import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { beforeAll, describe, expect, it } from 'vitest';
import { OWN_INDEX_PROPERTY } from '../../data/own-layers';
import {
  allPoints,
  buildOwnTileIndex,
  labelAt,
  OWN_TILE_LAYER,
  ownClusterExpansionZoom,
  ownTileBytes,
  ownTileInput,
} from './tile-index';

/** Hagastaden and Kista, 3 km and 12 km from the city: a handful of points around each. */
const near = (lon: number, lat: number, i: number): [number, number] => [lon + (i % 5) * 1e-4, lat + (i % 7) * 1e-4];
const layer = {
  labelField: 'name',
  features: Array.from({ length: 40 }, (_, i) => ({
    type: 'Feature' as const,
    properties: { name: `P${i}`, kind: i % 2 ? 'lab' : 'office' },
    geometry: { type: 'Point' as const, coordinates: i < 30 ? near(18.025, 59.349, i) : near(17.945, 59.403, i) },
  })),
};
/** Distances to two zones: point i is i × 100 m from zone A, 5 km from B. */
const index = {
  zoneIds: ['zone-a', 'zone-b'],
  distances: Uint16Array.from({ length: 80 }, (_, k) => (k % 2 === 0 ? (k / 2) * 100 : 5000)),
};

/** The features of one tile, as MapLibre would read them. */
function read(bytes: Uint8Array) {
  const tile = new VectorTile(new PbfReader(bytes));
  const l = tile.layers[OWN_TILE_LAYER];
  return l ? Array.from({ length: l.length }, (_, i) => l.feature(i)) : [];
}

/** The tile at zoom z that holds a lon/lat. */
function tileOf(lon: number, lat: number, z: number): [number, number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lon + 180) / 360) * n);
  const r = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n);
  return [z, x, y];
}

describe('a big own layer as vector tiles (#14, #16)', () => {
  it('packs the points, labels and distances as arrays, the distances copied', async () => {
    const input = await ownTileInput(layer, index);
    expect(input.coords.length).toBe(80);
    expect([input.coords[0], input.coords[1]]).toEqual(layer.features[0].geometry.coordinates);
    expect(input.labels && labelAt(input.labels, 3)).toBe('P3');
    expect(input.labels && labelAt(input.labels, 0)).toBe('P0');
    expect(input.labelProperty).toBe('own:name');
    expect(input.distances).not.toBe(index.distances);
    expect(Array.from(input.distances ?? [])).toEqual(Array.from(index.distances));
    expect(await ownTileInput({ ...layer, labelField: null }, undefined)).toMatchObject({
      labels: null,
      distances: null,
    });
  });

  let tiles: ReturnType<typeof buildOwnTileIndex>;
  beforeAll(async () => {
    tiles = buildOwnTileIndex(await ownTileInput(layer, index));
  });

  it('clusters at low zoom: every point counted, the nearest distance carried', () => {
    const all = read(ownTileBytes(tiles, ...tileOf(18.0, 59.37, 9)));
    const clusters = all.filter((f) => f.properties.cluster);
    const counted = all.reduce((n, f) => n + Number(f.properties.point_count ?? 1), 0);
    expect(counted).toBe(40);
    expect(clusters.length).toBeGreaterThan(0);
    // The Hagastaden cluster holds points 0–29: its distance to A is the smallest of theirs, 0.
    const hagastaden = clusters.find((f) => f.properties.point_count === 30);
    expect(hagastaden?.properties['d_zone-a']).toBe(0);
    expect(hagastaden?.properties['d_zone-b']).toBe(5000);
    const id = Number(hagastaden?.properties.cluster_id);
    expect(ownClusterExpansionZoom(tiles, id)).toBeGreaterThan(9);
  });

  it('gives single points their index, label and distances at street zoom, no fields beyond', () => {
    const points = read(ownTileBytes(tiles, ...tileOf(17.945, 59.403, 16)));
    expect(points.length).toBeGreaterThan(0);
    for (const f of points) {
      const i = Number(f.properties[OWN_INDEX_PROPERTY]);
      expect(f.properties['own:name']).toBe(`P${i}`);
      expect(f.properties['d_zone-a']).toBe(i * 100);
      expect(f.properties).not.toHaveProperty('own:kind');
    }
  });

  it('an empty tile is a valid, empty tile', () => {
    expect(read(ownTileBytes(tiles, ...tileOf(-70, -30, 10)))).toEqual([]);
  });

  it('only points-only layers go as tiles', () => {
    expect(allPoints(layer)).toBe(true);
    const area = {
      type: 'Feature' as const,
      properties: {},
      geometry: {
        type: 'Polygon' as const,
        coordinates: [
          [
            [18, 59],
            [18.1, 59],
            [18, 59.1],
            [18, 59],
          ],
        ],
      },
    };
    expect(allPoints({ features: [...layer.features, area] as never })).toBe(false);
  });
});
