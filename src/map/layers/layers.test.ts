// @vitest-environment jsdom
import type { LayerSpecification, SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import {
  expression,
  latest,
  type StylePropertySpecification,
  validateStyleMin,
} from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { POINT_LAYER_IDS } from '../../data/layers';
import { embeddedStyle } from '../basemap/embedded-style';
import {
  DRAW_ORDER,
  PLACE_LABELS_SOURCE,
  PLACES_SOURCE,
  placeHighlightSpec,
  placeLayerSpecs,
  pointLabelSpec,
  ZONE_LABELS_SOURCE,
  ZONES_SOURCE,
  zoneLayerSpecs,
} from './atlas-layers';
import { bufferLayerSpecs, ZONE_BUFFER_SOURCE } from './buffer-layers';
import { SITE_RINGS_SOURCE, SITES_SOURCE, siteLayerSpecs } from './site-layers';
import { iconId } from './symbols';
import { ownClusterProperties, ownFilterState, ownLayerSpecs, ownSourceId } from './own-layers';
import { OWN_TILE_LAYER } from '../own-tiles/tile-index';

/*
 * Layer styles are data: pure factories whose output is the style MapLibre gets. Here the whole
 * style is assembled as the components assemble it (basemap, zones, every point layer with a
 * selection, filters and time, sites, the within band, an own layer with a zone filter) and
 * checked as data, without a browser.
 */
const empty = (): SourceSpecification => ({ type: 'geojson', data: { type: 'FeatureCollection', features: [] } });

function assembled(lang: 'sv' | 'en'): StyleSpecification {
  const base = embeddedStyle('/');
  const sources: Record<string, SourceSpecification> = { ...base.sources };
  const layers: LayerSpecification[] = [...base.layers];
  sources[ZONES_SOURCE] = empty();
  sources[ZONE_LABELS_SOURCE] = empty();
  sources[ZONE_BUFFER_SOURCE] = empty();
  layers.push(...zoneLayerSpecs(lang, 'zone-hagastaden'), ...bufferLayerSpecs());
  // Every dataset's places on two shared sources: one icon layer, one ring, one highlight name,
  // and a label layer per dataset (each with its own zoom and priority).
  const outside = { ids: ['pha-y'], mode: 'dim' as const };
  const time = { absent: ['pha-a'], unknown: ['pha-b'], planned: ['pha-c'] };
  sources[PLACES_SOURCE] = empty();
  sources[PLACE_LABELS_SOURCE] = empty();
  layers.push(...placeLayerSpecs(POINT_LAYER_IDS, 'pha-x', outside, ['pha-z'], time));
  for (const layer of DRAW_ORDER) layers.push(pointLabelSpec(layer, lang, 'pha-x', outside, ['pha-z'], true, time));
  layers.push(placeHighlightSpec(POINT_LAYER_IDS, lang, 'pha-x', ['pha-z'], time));
  sources[SITES_SOURCE] = empty();
  sources[SITE_RINGS_SOURCE] = empty();
  layers.push(...siteLayerSpecs());
  sources[ownSourceId('mine')] = {
    ...(empty() as object),
    type: 'geojson',
    cluster: true,
    clusterProperties: ownClusterProperties(['zone-hagastaden']),
  } as SourceSpecification;
  layers.push(...ownLayerSpecs('mine', '#7a3e9d', 'own:name', ['zone-hagastaden', 'zone-kista']));
  // A big own layer comes as vector tiles from the tile worker: the same layers, with a source layer.
  sources[ownSourceId('big')] = { type: 'vector', tiles: ['own-tiles://big/1/{z}/{x}/{y}'], maxzoom: 14 };
  layers.push(...ownLayerSpecs('big', '#008837', null, ['zone-hagastaden', 'zone-kista'], OWN_TILE_LAYER));
  return { ...base, state: ownStateSpec(), sources, layers };
}

describe('the assembled style, as data', () => {
  for (const lang of ['sv', 'en'] as const) {
    const style = assembled(lang);

    it(`${lang}: validates against the MapLibre style spec`, () => {
      expect(validateStyleMin(style).map((e) => e.message)).toEqual([]);
    });

    it(`${lang}: has unique layer ids, each on a source the style defines`, () => {
      const ids = style.layers.map((l) => l.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      for (const l of style.layers)
        if ('source' in l && l.source) expect(Object.keys(style.sources), l.id).toContain(l.source);
    });

    it(`${lang}: uses only icons the map is given (one per point layer), for a place of every dataset`, () => {
      const given = new Set(POINT_LAYER_IDS.map(iconId));
      const used = new Set<string>();
      for (const l of style.layers) {
        if (l.type !== 'symbol' || l.layout?.['icon-image'] === undefined) continue;
        const parsed = expression.createPropertyExpression(
          l.layout['icon-image'],
          'layout',
          latest.layout_symbol['icon-image'] as unknown as StylePropertySpecification,
        );
        if (parsed.result !== 'success') throw new Error(`${l.id}: ${JSON.stringify(parsed.value)}`);
        for (const category of POINT_LAYER_IDS) {
          const icon = parsed.value.evaluate({ zoom: 14 }, {
            type: 1,
            properties: { id: 'x', category },
            geometry: [],
          } as never) as unknown;
          used.add(String(icon));
        }
      }
      expect(used.size).toBeGreaterThanOrEqual(POINT_LAYER_IDS.length);
      for (const icon of used) expect(given, icon).toContain(icon);
    });
  }

  it('draws every layer of a type with one shader program: the same properties per feature in each (shared-programs)', () => {
    // The paint properties whose being constant, per zoom, per feature or both picks the program.
    const decisive: Record<string, string[]> = {
      fill: ['fill-color', 'fill-opacity'],
      line: ['line-color'],
      circle: [
        'circle-radius',
        'circle-color',
        'circle-opacity',
        'circle-stroke-color',
        'circle-stroke-width',
        'circle-stroke-opacity',
      ],
      symbol: ['text-color'],
    };
    const signatures = new Map<string, Set<string>>();
    for (const layer of assembled('en').layers) {
      const props = decisive[layer.type];
      if (!props) continue;
      // A symbol layer without text uses no text program.
      if (layer.type === 'symbol' && !layer.layout?.['text-field']) continue;
      const paint = (layer as { paint?: Record<string, unknown> }).paint ?? {};
      const kinds = props.map((name) => {
        const spec = (latest as unknown as Record<string, Record<string, StylePropertySpecification>>)[
          `paint_${layer.type}`
        ][name];
        const parsed = expression.createPropertyExpression(paint[name] ?? spec.default, 'paint', spec);
        if (parsed.result !== 'success') throw new Error(`${layer.id} ${name}: ${JSON.stringify(parsed.value)}`);
        return `${name}:${parsed.value.kind}`;
      });
      const key = `${layer.type} ${kinds.join(' ')}`;
      signatures.set(layer.type, (signatures.get(layer.type) ?? new Set()).add(key));
      expect(signatures.get(layer.type)?.size, `${layer.id} draws with another mix: ${key}`).toBe(1);
    }
    expect([...signatures.keys()].sort()).toEqual(['circle', 'fill', 'line', 'symbol']);
  });

  it('is plain data: JSON round-trips it, and the same inputs give the same style', () => {
    const style = assembled('en');
    expect(JSON.parse(JSON.stringify(style))).toEqual(style);
    expect(assembled('en')).toEqual(style);
  });

  it('names the place in the language chosen', () => {
    const text = (lang: 'sv' | 'en') =>
      JSON.stringify(
        (assembled(lang).layers.find((l) => l.id === 'pharma-label')?.layout as Record<string, unknown> | undefined)?.[
          'text-field'
        ],
      );
    expect(text('en')).toContain('name_en');
    expect(text('sv')).not.toEqual(text('en'));
  });
});

/** The style's declared global state for the own layers' filter, as the map starts. */
function ownStateSpec() {
  return Object.fromEntries(
    Object.entries(ownFilterState({ zones: [], within: 0, mode: 'dim' })).map(([k, v]) => [k, { default: v }]),
  );
}

describe('own layers read the zone filter from global state (#14: no new programs on a tick)', () => {
  const specs = ownLayerSpecs('mine', '#7a3e9d', null, ['zone-hagastaden', 'zone-kista']);
  const point = specs.find((l) => l.id === 'own-mine-point')!;
  // A point 800 m from Hagastaden and 3 km from Kista.
  const feature = {
    type: 1,
    properties: { 'd_zone-hagastaden': 800, 'd_zone-kista': 3000 },
    geometry: [],
  } as never;
  const evaluate = (value: unknown, kind: 'filter' | 'paint', state: Record<string, unknown>) => {
    const spec =
      kind === 'filter'
        ? {
            type: 'boolean',
            'property-type': 'data-driven',
            expression: { interpolated: false, parameters: ['zoom', 'feature'] },
          }
        : latest.paint_circle['circle-opacity'];
    const parsed = expression.createExpression(value, kind, spec as unknown as StylePropertySpecification, state);
    if (parsed.result !== 'success') throw new Error(JSON.stringify(parsed.value));
    return parsed.value.evaluate({ zoom: 14, globalState: state } as never, feature);
  };
  const at = (zones: string[], within: number, mode: 'dim' | 'hide') => ({
    shown: evaluate(point.filter, 'filter', ownFilterState({ zones, within, mode })),
    opacity: evaluate(
      (point.paint as Record<string, unknown>)['circle-opacity'],
      'paint',
      ownFilterState({ zones, within, mode }),
    ),
  });

  it('with no zone chosen every point is reached', () => {
    expect(at([], 0, 'hide')).toEqual({ shown: true, opacity: 1 });
  });

  it('a chosen zone within reach: shown at full strength', () => {
    expect(at(['zone-hagastaden'], 1000, 'hide')).toEqual({ shown: true, opacity: 1 });
    expect(at(['zone-kista', 'zone-hagastaden'], 1000, 'dim')).toEqual({ shown: true, opacity: 1 });
  });

  it('out of reach of every chosen zone: dimmed, or hidden', () => {
    expect(at(['zone-hagastaden'], 500, 'dim')).toEqual({ shown: true, opacity: 0.25 });
    expect(at(['zone-hagastaden'], 500, 'hide').shown).toBe(false);
    expect(at(['zone-kista'], 1000, 'dim').opacity).toBe(0.25);
  });

  it('the layers themselves do not change with the filter: the state does', () => {
    expect(ownLayerSpecs('mine', '#7a3e9d', null, ['zone-hagastaden', 'zone-kista'])).toEqual(specs);
  });
});
