import { describe, expect, it } from 'vitest';
import { appendCompacted, compactFeature } from './compact-feature';
import type { ImportedFeature } from './import/types';

const cloned = (f: ImportedFeature) => structuredClone(f);

describe('compactFeature', () => {
  it('gives back the same point, id and properties, in new geometry', () => {
    const f = cloned({
      type: 'Feature',
      id: 'a-7',
      geometry: { type: 'Point', coordinates: [18.0221, 59.3493] },
      properties: { name: 'Lab', m2: 120 },
    });
    const c = compactFeature(f);
    expect(c).toEqual(f);
    expect(c.geometry).not.toBe(f.geometry);
    expect(c.properties).toBe(f.properties);
  });

  it('leaves out an id the feature did not have (no id: undefined key)', () => {
    const c = compactFeature(
      cloned({ type: 'Feature', geometry: { type: 'Point', coordinates: [18, 59] }, properties: {} }),
    );
    expect('id' in c).toBe(false);
  });

  it('keeps areas as they came', () => {
    const area: ImportedFeature = {
      type: 'Feature',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18, 59],
            [18.1, 59],
            [18.1, 59.1],
            [18, 59],
          ],
        ],
      },
      properties: { name: 'Plot' },
    };
    expect(compactFeature(area)).toBe(area);
  });

  it('appends a batch in order', () => {
    const into: ImportedFeature[] = [];
    const batch = [0, 1, 2].map((i) =>
      cloned({ type: 'Feature', geometry: { type: 'Point', coordinates: [18 + i, 59] }, properties: { i } }),
    );
    appendCompacted(into, batch);
    appendCompacted(into, batch.slice(0, 1));
    expect(into.map((f) => f.properties.i)).toEqual([0, 1, 2, 0]);
    expect(into[2]).toEqual(batch[2]);
  });
});
