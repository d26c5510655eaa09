import { describe, expect, it } from 'vitest';
import { expression, featureFilter, latest, validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import type { FilterSpecification, StylePropertySpecification } from '@maplibre/maplibre-gl-style-spec';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { POINT_LAYER_IDS, type PointLayerId } from '../../data/layers';
import {
  DRAW_ORDER,
  PLACE_LABELS_SOURCE,
  PLACES_SOURCE,
  placeLayerSpecs,
  placesInDrawOrder,
  placesInLabelOrder,
  placeHighlightSpec,
  pointLabelSpec,
  type SourcedLayer,
} from './atlas-layers';
import { iconId } from './symbols';

type Place = Feature<Point, { id: string; category: string }>;
const place = (category: PointLayerId, id: string, lat = 59.35): Place => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [18.03, lat] },
  properties: { id, category },
});
const asFeature = (f: Place) => ({ type: 1 as const, properties: f.properties, geometry: [] });
const passes = (filter: unknown, f: Place) =>
  featureFilter(filter as FilterSpecification, 'filter').filter({ zoom: 14 }, asFeature(f));
const evaluate = (value: unknown, spec: unknown, f: Place) => {
  const result = expression.createPropertyExpression(value, 'layout', spec as StylePropertySpecification);
  if (result.result !== 'success') throw new Error(JSON.stringify(result.value));
  return result.value.evaluate({ zoom: 14 }, asFeature(f));
};
const byId = (specs: SourcedLayer[], id: string) => specs.find((s) => s.id === id)!;

describe('the places layers: one per purpose for every dataset', () => {
  const pharma = place('pharma', 'pha-a');
  const building = place('buildings', 'bld-a');

  it('are valid MapLibre layers on the shared sources', () => {
    const specs = [
      ...placeLayerSpecs(POINT_LAYER_IDS, 'pha-a'),
      pointLabelSpec('pharma', 'en', 'pha-a'),
      placeHighlightSpec(POINT_LAYER_IDS, 'en', 'pha-a'),
    ];
    const style = {
      version: 8 as const,
      sources: {
        [PLACES_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
        [PLACE_LABELS_SOURCE]: { type: 'geojson' as const, data: { type: 'FeatureCollection', features: [] } },
      },
      layers: specs,
    };
    expect(validateStyleMin(style as never)).toEqual([]);
    expect(placeLayerSpecs(POINT_LAYER_IDS, null).map((s) => s.id)).toEqual(['places-selected', 'places-symbol']);
  });

  it('draw each place with its own dataset’s icon, hosts on top', () => {
    const symbol = byId(placeLayerSpecs(POINT_LAYER_IDS, null), 'places-symbol');
    const layout = symbol.layout as Record<string, unknown>;
    for (const l of POINT_LAYER_IDS) {
      const f = place(l, 'x');
      expect(evaluate(layout['icon-image'], latest.layout_symbol['icon-image'], f).toString()).toBe(iconId(l));
      expect(evaluate(layout['symbol-sort-key'], latest.layout_symbol['symbol-sort-key'], f)).toBe(
        DRAW_ORDER.indexOf(l),
      );
    }
  });

  it('draw only the datasets the legend shows, and hide what the year or the zone filter hides', () => {
    const shownOnly = (visible: PointLayerId[], outside: string[] = [], absent: string[] = []) =>
      byId(
        placeLayerSpecs(visible, null, { ids: outside, mode: 'hide' }, [], { absent, unknown: [], planned: [] }),
        'places-symbol',
      ).filter;
    expect(passes(shownOnly(['pharma', 'buildings']), pharma)).toBe(true);
    expect(passes(shownOnly(['buildings']), pharma)).toBe(false);
    expect(passes(shownOnly(['pharma', 'buildings'], ['pha-a']), pharma)).toBe(false);
    expect(passes(shownOnly(['pharma', 'buildings'], [], ['bld-a']), building)).toBe(false);
    expect(passes(shownOnly(['pharma', 'buildings'], [], ['bld-a']), pharma)).toBe(true);
    // The ring marks the selected place only while its dataset is shown.
    const ring = (visible: PointLayerId[]) => byId(placeLayerSpecs(visible, 'pha-a'), 'places-selected').filter;
    expect(passes(ring(['pharma']), pharma)).toBe(true);
    expect(passes(ring(['buildings']), pharma)).toBe(false);
  });

  it('label a dataset’s places from the shared labels source, never another dataset’s', () => {
    const labels = pointLabelSpec('pharma', 'en', 'bld-a');
    expect(labels.source).toBe(PLACE_LABELS_SOURCE);
    expect(byId(placeLayerSpecs(POINT_LAYER_IDS, null), 'places-selected').source).toBe(PLACE_LABELS_SOURCE);
    expect(passes(labels.filter, pharma)).toBe(true);
    expect(passes(labels.filter, place('universities', 'uni-a'))).toBe(false);
  });

  it('name the selected or highlighted places in one layer: hosts to the right, stacked as the datasets were', () => {
    const highlight = placeHighlightSpec(['pharma', 'buildings'], 'en', 'bld-a', ['pha-a']);
    expect(passes(highlight.filter, building)).toBe(true);
    expect(passes(highlight.filter, pharma)).toBe(true);
    expect(passes(highlight.filter, place('pharma', 'pha-b'))).toBe(false);
    expect(passes(placeHighlightSpec(['buildings'], 'en', null, ['pha-a']).filter, pharma)).toBe(false);
    const layout = highlight.layout as Record<string, unknown>;
    const anchor = (f: Place) => evaluate(layout['text-anchor'], latest.layout_symbol['text-anchor'], f);
    expect(anchor(building)).toBe('left');
    expect(anchor(pharma)).toBe('right');
    // The legend's first dataset was the topmost highlight layer: it is drawn last.
    const key = (l: PointLayerId) =>
      evaluate(layout['symbol-sort-key'], latest.layout_symbol['symbol-sort-key'], place(l, 'x')) as number;
    const keys = POINT_LAYER_IDS.map(key);
    expect([...keys].sort((a, b) => b - a)).toEqual(keys);
  });

  it('order the icons as separate layers drew them: datasets in draw order, north to south within one', () => {
    const fc = (...features: Place[]): FeatureCollection<Point, { id: string; category: string }> => ({
      type: 'FeatureCollection',
      features,
    });
    const empty = Object.fromEntries(POINT_LAYER_IDS.map((l) => [l, fc()])) as Record<
      PointLayerId,
      ReturnType<typeof fc>
    >;
    const byLayer = {
      ...empty,
      buildings: fc(place('buildings', 'bld-south', 59.3), place('buildings', 'bld-north', 59.4)),
      pharma: fc(
        place('pharma', 'pha-south', 59.3),
        place('pharma', 'pha-north', 59.4),
        place('pharma', 'pha-tie', 59.4),
      ),
    };
    expect(placesInDrawOrder(byLayer).features.map((f) => f.properties.id)).toEqual([
      'pha-tie',
      'pha-north',
      'pha-south',
      'bld-north',
      'bld-south',
    ]);
    // Labels keep each file's order (it decides which name wins a collision), datasets in legend order.
    expect(placesInLabelOrder(byLayer).features.map((f) => f.properties.id)).toEqual([
      'bld-south',
      'bld-north',
      'pha-south',
      'pha-north',
      'pha-tie',
    ]);
  });
});
