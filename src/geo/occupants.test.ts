// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateAtlasData } from '../data/validate';
import { POINT_LAYERS, ZONES_FILE } from '../data/layers';
import { occupantsByHost, withOccupantCounts } from './occupants';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
const data = validateAtlasData(
  Object.fromEntries([ZONES_FILE, ...POINT_LAYERS.map((l) => l.file)].map((f) => [`data/${f}`, read(`data/${f}`)])),
).data!;
const all = Object.values(data.layers).flatMap((fc) => fc.features);

describe('occupants of buildings and hospitals', () => {
  it('counts, for every host, exactly the places that name it, and leaves the data unchanged', () => {
    const before = JSON.stringify(data.layers.buildings);
    const drawn = withOccupantCounts(data);
    for (const f of [...drawn.buildings.features, ...drawn.hospitals.features]) {
      const oracle = all.filter((x) => x.properties.building === f.properties.id).length;
      expect((f.properties as { occupants?: number }).occupants, f.properties.id).toBe(oracle);
    }
    expect(drawn.buildings.features.find((f) => f.properties.id === 'bld-forskaren')!.properties).toMatchObject({
      occupants: expect.any(Number),
    });
    expect(occupantsByHost(data).get('bld-forskaren')!.length).toBeGreaterThan(5);
    expect(JSON.stringify(data.layers.buildings)).toBe(before);
  });
});
