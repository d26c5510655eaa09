// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  fromMapProperties,
  isAtlasProperty,
  OWN_INDEX_PROPERTY,
  type OwnLayer,
  ownFieldOnMap,
  ownMapProperties,
  toMapProperties,
} from './own-layers';

describe('own fields on the map (#16)', () => {
  // Names MapLibre gives a meaning of its own on a clustered source, and the atlas's distances.
  const hostile = {
    cluster: true,
    cluster_id: 7,
    point_count: 12,
    point_count_abbreviated: '12',
    'd_zone-hagastaden': 5,
    name: 'Lab',
    __proto__x: 1,
  };

  it('no column of a file lands on a property name MapLibre or the atlas uses', () => {
    const onMap = toMapProperties(hostile);
    for (const reserved of ['cluster', 'cluster_id', 'point_count', 'point_count_abbreviated', 'd_zone-hagastaden'])
      expect(onMap).not.toHaveProperty(reserved);
    expect(Object.keys(onMap).every((k) => k.startsWith('own:'))).toBe(true);
    expect(Object.keys(onMap).some(isAtlasProperty)).toBe(false);
  });

  it('reads the fields back as they were in the file, without the map’s and the atlas’s', () => {
    const fromMap = { ...toMapProperties(hostile), 'd_zone-kista': 1200, cluster_id: 99 };
    expect(fromMapProperties(fromMap)).toEqual(hostile);
    expect(ownFieldOnMap('name')).toBe('own:name');
  });

  it('keeps a "__proto__" column as a plain field', () => {
    const props = JSON.parse('{"__proto__": "x", "name": "A"}') as Record<string, unknown>;
    const back = fromMapProperties(toMapProperties(props));
    expect(Object.keys(back)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(back)).toBe(Object.prototype);
  });

  it('leaves properties that never went through the map as they are', () => {
    expect(fromMapProperties({ name: 'A' })).toEqual({ name: 'A' });
  });

  it("gives a big layer's point (index only on its tile) its fields back from the layer", () => {
    const layer = {
      features: [
        {
          type: 'Feature',
          properties: { name: 'A', cluster_id: 7 },
          geometry: { type: 'Point', coordinates: [18, 59] },
        },
      ],
    } as unknown as OwnLayer;
    const reported = { [OWN_INDEX_PROPERTY]: 0, 'own:name': 'A', 'd_zone-kista': 300 };
    expect(fromMapProperties(ownMapProperties(layer, reported))).toEqual({ name: 'A', cluster_id: 7 });
    expect(ownMapProperties(layer, { 'own:name': 'B' })).toEqual({ 'own:name': 'B' }); // a small layer's point
    expect(ownMapProperties(layer, { [OWN_INDEX_PROPERTY]: 5 })).toEqual({ [OWN_INDEX_PROPERTY]: 5 }); // gone: as reported
  });
});
