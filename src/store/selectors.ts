import type { Feature, Geometry } from 'geojson';
import type { AtlasData } from '../data/validate';
import { POINT_LAYER_IDS, type LayerId } from '../data/layers';
import type { AnyPointProps, ZoneProps } from '../data/schema';
import type { AtlasState } from './store';
import { CURRENT_YEAR } from '../data/timeline';

export type AtlasFeature = Feature<Geometry, AnyPointProps | ZoneProps>;
export interface IndexedFeature {
  layer: LayerId;
  feature: AtlasFeature;
}

// Derived data is computed once per data object, not stored.
const indexCache = new WeakMap<AtlasData, Map<string, IndexedFeature>>();

export function featureIndex(data: AtlasData): Map<string, IndexedFeature> {
  let index = indexCache.get(data);
  if (!index) {
    index = new Map();
    for (const layer of POINT_LAYER_IDS) {
      for (const feature of data.layers[layer].features) index.set(feature.properties.id, { layer, feature });
    }
    for (const feature of data.zones.features) index.set(feature.properties.id, { layer: 'zones', feature });
    indexCache.set(data, index);
  }
  return index;
}

// Looked up in every site ever sourced: a left site can be selected while the time control shows it.
export const selectSelected = (s: AtlasState): IndexedFeature | null => {
  const data = s.history ?? s.data;
  return data && s.selectedId ? (featureIndex(data).get(s.selectedId) ?? null) : null;
};

export function layerCount(data: AtlasData, layer: LayerId): number {
  return layer === 'zones' ? data.zones.features.length : data.layers[layer].features.length;
}

import { buildAtlasIndexes, filterAtlas, type AtlasIndexes, type LayerResult } from '../geo/atlas-filter';
import type { PointLayerId } from '../data/layers';

const indexesCache = new WeakMap<AtlasData, AtlasIndexes>();
export function atlasIndexes(data: AtlasData): AtlasIndexes {
  let idx = indexesCache.get(data);
  if (!idx) {
    idx = buildAtlasIndexes(data);
    indexesCache.set(data, idx);
  }
  return idx;
}

let lastKey: unknown[] = [];
let lastResult: Record<PointLayerId, LayerResult> | null = null;

/** Filter results per layer, recomputed only when data, zones, distance or attributes change. */
export function selectFilterResults(s: AtlasState): Record<PointLayerId, LayerResult> | null {
  const data = timeData(s);
  if (!data) return null;
  const year = shownYear(s);
  const key = [data, s.zones, s.within, s.attributes, year];
  if (lastResult && key.every((k, i) => k === lastKey[i])) return lastResult;
  lastKey = key;
  lastResult = filterAtlas(data, atlasIndexes(data), {
    zones: s.zones,
    within: s.within,
    attributes: s.attributes,
    year,
  });
  return lastResult;
}

/** The year the map shows: the time control's, or this year. */
export const shownYear = (s: Pick<AtlasState, 'year'>) => s.year ?? CURRENT_YEAR;

/**
 * What the map draws from: today's data, or with the time control on, every sourced site (a
 * move's old site shows until the year it was left).
 */
export const timeData = (s: Pick<AtlasState, 'year' | 'data' | 'history'>): AtlasData | null =>
  s.year === null ? s.data : s.history;

/** True when any filter narrows the map (so outside features are dimmed or hidden). */
export const selectFiltering = (s: AtlasState) =>
  s.zones.length > 0 || Object.values(s.attributes).some((v) => v.length > 0);

import { classify } from '../geo/zone-index';

let lastOwnKey: unknown[] = [];
let lastOwnResult: Record<string, LayerResult> = {};

/** Zone filter results for each own layer whose index is ready (attribute filters do not apply). */
export function selectOwnResults(s: AtlasState): Record<string, LayerResult> {
  const key = [s.ownIndexes, s.zones, s.within];
  if (key.every((k, i) => k === lastOwnKey[i])) return lastOwnResult;
  lastOwnKey = key;
  lastOwnResult = Object.fromEntries(
    Object.entries(s.ownIndexes).map(([id, index]) => [id, classify(index, s.zones, s.within)]),
  );
  return lastOwnResult;
}
