import type { Feature, Point } from 'geojson';
import { POINT_LAYER_IDS, type PointLayerId } from '../data/layers';
import type { AtlasData } from '../data/validate';
import type { AnyPointProps } from '../data/schema';
import { shownAt } from '../data/timeline';
import { buildZoneIndex, classify, type ZoneCounts, type ZoneIndex } from './zone-index';

export interface AttributeFilter {
  segment: readonly string[];
  role: readonly string[];
  stage: readonly string[];
  kind: readonly string[];
  theme: readonly string[];
}

export interface FilterInput {
  zones: readonly string[];
  within: number;
  attributes: AttributeFilter;
  /** The year shown: places not there in that year (not yet come, or left) are not counted. */
  year: number;
}

export interface LayerResult {
  /** Per feature, in file order: 0 outside, 1 within the distance, 2 inside a zone. */
  classes: Uint8Array;
  counts: ZoneCounts;
}

export type AtlasIndexes = Record<PointLayerId, ZoneIndex>;

/** One zone index per layer over all zones; built once per dataset. */
export function buildAtlasIndexes(data: AtlasData): AtlasIndexes {
  return Object.fromEntries(
    POINT_LAYER_IDS.map((layer) => [
      layer,
      buildZoneIndex(
        data.layers[layer].features.map((f) => f.geometry.coordinates),
        data.zones.features,
      ),
    ]),
  ) as AtlasIndexes;
}

const anyOf = (wanted: readonly string[], value: unknown) => wanted.length === 0 || wanted.includes(String(value));

/** Does a feature pass the attribute filters? Fields a layer lacks do not filter it. */
export function passesAttributes(layer: PointLayerId, p: AnyPointProps, a: AttributeFilter): boolean {
  if (a.theme.length && !p.themes.some((t) => a.theme.includes(t))) return false;
  if (p.category === 'pharma') return anyOf(a.segment, p.segment) && anyOf(a.role, p.role) && anyOf(a.stage, p.stage);
  if (layer === 'incubators' && 'kind' in p) return anyOf(a.kind, p.kind);
  return true;
}

/**
 * Filter and count every layer: zone membership from the precomputed index, attributes
 * from the properties. Pure; the store memoises it.
 */
export function filterAtlas(
  data: AtlasData,
  indexes: AtlasIndexes,
  input: FilterInput,
): Record<PointLayerId, LayerResult> {
  const out = {} as Record<PointLayerId, LayerResult>;
  for (const layer of POINT_LAYER_IDS) {
    const features = data.layers[layer].features as Feature<Point, AnyPointProps>[];
    out[layer] = classify(
      indexes[layer],
      input.zones,
      input.within,
      (i) =>
        shownAt(features[i].properties, input.year) &&
        passesAttributes(layer, features[i].properties, input.attributes),
    );
  }
  return out;
}
