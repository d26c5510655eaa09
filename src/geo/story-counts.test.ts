// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { validateAtlasData } from '../data/validate';
import { POINT_LAYERS, ZONES_FILE } from '../data/layers';
import { buildAtlasIndexes } from './atlas-filter';
import { fillCounts } from './story-counts';

const read = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
const files = Object.fromEntries(
  [ZONES_FILE, ...POINT_LAYERS.map((l) => l.file)].map((f) => [`data/${f}`, read(`data/${f}`)]),
);
const data = validateAtlasData(files).data!;
const indexes = buildAtlasIndexes(data);

describe('count tokens in story text', () => {
  it('fills counts from the data, with turf as the oracle for inside a zone', () => {
    const zone = data.zones.features.find((z) => z.properties.id === 'zone-hagastaden')!;
    const inside = data.layers.pharma.features.filter((f) =>
      booleanPointInPolygon(f.geometry.coordinates, zone),
    ).length;
    const companies = new Set(data.layers.pharma.features.map((f) => (f.properties as { company: string }).company))
      .size;
    expect(fillCounts('{inside:pharma:zone-hagastaden} of {count:pharma}; {companies}', data, indexes, 'en-GB')).toBe(
      `${inside} of ${data.layers.pharma.features.length}; ${companies}`,
    );
    expect(inside).toBeGreaterThan(5);
  });

  it('leaves an unknown token as it is', () => {
    expect(fillCounts('{count:nope} {inside:pharma:zone-nowhere}', data, indexes, 'en-GB')).toBe(
      '{count:nope} {inside:pharma:zone-nowhere}',
    );
  });
});
