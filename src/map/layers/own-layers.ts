import type { ExpressionSpecification, GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { SourcedLayer } from './atlas-layers';
import { theme } from '../theme';
import { distanceProperty, FAR } from '../../data/own-layers';
import { ownTiles } from '../own-tiles/tile-client';
import { perFeatureCircle, perFeatureColour } from './shared-programs';

export const ownSourceId = (id: string) => `own-${id}`;

/** Style layers of an own layer that answer clicks (clusters zoom in, features show details). */
export const ownInteractiveLayerIds = (id: string) =>
  ['cluster', 'point', 'area'].map((role) => `${ownSourceId(id)}-${role}`);

/** The own layer a style layer belongs to, or null. */
export function ownLayerOf(styleLayerId: string): string | null {
  const m = /^own-(.+)-(cluster|point|area|outline|label|cluster-count)$/.exec(styleLayerId);
  return m ? m[1] : null;
}

/** Ease in to the zoom where a cluster falls apart into its points. */
export async function zoomIntoCluster(
  map: MaplibreMap,
  sourceId: string,
  clusterId: number,
  center: [number, number],
): Promise<void> {
  const source = map.getSource(sourceId);
  if (!source) return;
  // A big layer's clusters live in the tile worker, a small one's in MapLibre's GeoJSON source.
  const zoom =
    source.type === 'vector'
      ? await ownTiles.expansionZoom(ownLayerOf(`${sourceId}-cluster`) ?? '', clusterId)
      : await (source as GeoJSONSource).getClusterExpansionZoom(clusterId);
  map.easeTo({ center, zoom: Math.min(zoom, 17), duration: 500 });
}

/**
 * Each own feature carries its distance to every zone (`d_<zone id>`, metres; far = 1e9), set
 * once when the layer's zone index is ready. Clusters carry the minimum of the same properties.
 * Moving the slider or ticking a zone then only changes these expressions: no data is rebuilt
 * or sent to MapLibre's worker again (that cost ~200 ms a step with 100k points, measured).
 */

export function ownClusterProperties(zoneIds: readonly string[]): Record<string, ExpressionSpecification> {
  return Object.fromEntries(
    zoneIds.map((z) => [distanceProperty(z), ['min', ['coalesce', ['get', distanceProperty(z)], 0]]]),
  ) as Record<string, ExpressionSpecification>;
}

/** The zone filter as the own layers see it: which zones, how far, dim or hide. */
export interface OwnFilter {
  zones: readonly string[];
  within: number;
  mode: 'dim' | 'hide';
}

/**
 * The zone filter reaches the own layers as the map's global state, not as values written into
 * their expressions: ticking a zone or moving the slider then changes no layer, so MapLibre keeps
 * the layers' shader programs (an expression that went from a constant to data-driven on the first
 * tick compiled new ones: 0.3–0.7 s at 100k points, #14) and React rewrites nothing.
 */
export const OWN_FILTER_STATE = { zones: 'ownZones', within: 'ownWithin', hide: 'ownHide' } as const;

/** The global state the own layers' expressions read, for a filter. */
export function ownFilterState(f: OwnFilter): Record<string, unknown> {
  return {
    [OWN_FILTER_STATE.zones]: [...f.zones],
    [OWN_FILTER_STATE.within]: f.within,
    [OWN_FILTER_STATE.hide]: f.mode === 'hide',
  };
}

const chosenZones: ExpressionSpecification = [
  'array',
  ['coalesce', ['global-state', OWN_FILTER_STATE.zones], ['literal', []]],
];

/**
 * True for a feature (or a cluster with at least one such point) within reach of a chosen zone,
 * and for everything while no zone is chosen. One expression over every zone, each counted only
 * while it is chosen, so its shape never changes.
 */
function reachedExpression(zoneIds: readonly string[]): ExpressionSpecification {
  const d = zoneIds.map(
    (z): ExpressionSpecification => [
      'case',
      ['in', z, chosenZones],
      ['coalesce', ['get', distanceProperty(z)], 0],
      FAR,
    ],
  );
  const nearest: ExpressionSpecification | number =
    d.length === 0 ? FAR : d.length === 1 ? d[0] : (['min', ...d] as ExpressionSpecification);
  const within: ExpressionSpecification = ['number', ['coalesce', ['global-state', OWN_FILTER_STATE.within], 0]];
  return ['any', ['==', ['length', chosenZones], 0], ['<=', nearest, within]];
}

/** Own layers: clusters at low zoom (100k points stay fluid), points, areas, labels. */
export function ownLayerSpecs(
  id: string,
  colour: string,
  labelField: string | null,
  zoneIds: readonly string[],
  /** Set when the layer comes as vector tiles (a big points-only layer, map/own-tiles). */
  sourceLayer: string | null = null,
): SourcedLayer[] {
  const source = ownSourceId(id);
  const reached = reachedExpression(zoneIds);
  const hiding: ExpressionSpecification = ['boolean', ['coalesce', ['global-state', OWN_FILTER_STATE.hide], false]];
  const shown = (base: ExpressionSpecification): ExpressionSpecification => [
    'all',
    base,
    ['any', ['!', hiding], reached],
  ];
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
  const isPoint: ExpressionSpecification = ['all', ['!', isCluster], ['==', ['geometry-type'], 'Point']];
  const dim = (on: number): ExpressionSpecification => ['case', reached, on, on * 0.25];
  const specs: SourcedLayer[] = [
    {
      id: `${source}-area`,
      type: 'fill',
      source,
      filter: shown(isArea),
      paint: { 'fill-color': perFeatureColour(colour), 'fill-opacity': dim(0.25) },
    },
    {
      id: `${source}-outline`,
      type: 'line',
      source,
      filter: shown(isArea),
      paint: { 'line-color': perFeatureColour(colour), 'line-width': 1.5, 'line-opacity': dim(1) },
    },
    {
      id: `${source}-cluster`,
      type: 'circle',
      source,
      filter: shown(isCluster),
      paint: perFeatureCircle({
        'circle-color': colour,
        'circle-radius': ['step', ['get', 'point_count'], 12, 50, 16, 500, 22, 5000, 28],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
        // A cluster counts as reached when its nearest point is: its properties hold the minimum.
        'circle-opacity': ['case', reached, 0.9, 0.25],
      }),
    },
    {
      id: `${source}-cluster-count`,
      type: 'symbol',
      source,
      filter: shown(isCluster),
      layout: {
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [theme.font],
        'text-size': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': perFeatureColour('#ffffff') },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: shown(isPoint),
      paint: perFeatureCircle({
        'circle-color': colour,
        'circle-radius': 6,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 1.5,
        'circle-opacity': dim(1),
        'circle-stroke-opacity': dim(1),
      }),
    },
    ...(labelField
      ? [
          {
            id: `${source}-label`,
            type: 'symbol' as const,
            source,
            filter: ['all', ['!', isCluster], reached] as ExpressionSpecification,
            minzoom: 13,
            layout: {
              'text-field': ['to-string', ['get', labelField]] as ExpressionSpecification,
              'text-font': [theme.font],
              'text-size': 12,
              'text-anchor': 'left' as const,
              'text-offset': [0.8, 0] as [number, number],
              'text-optional': true,
            },
            paint: { 'text-color': perFeatureColour('#1d232b'), 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
          },
        ]
      : []),
  ];
  return sourceLayer ? specs.map((spec) => ({ ...spec, 'source-layer': sourceLayer }) as SourcedLayer) : specs;
}
