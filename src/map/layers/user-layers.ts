import type { ExpressionSpecification, GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { SourcedLayer } from './atlas-layers';
import { theme } from '../theme';

export const userSourceId = (id: string) => `own-${id}`;

/** Style layers of an own layer that answer clicks (clusters zoom in, features show details). */
export const userInteractiveLayerIds = (id: string) => ['cluster', 'point', 'area'].map((role) => `${userSourceId(id)}-${role}`);

/** The own layer a style layer belongs to, or null. */
export function ownLayerOf(styleLayerId: string): string | null {
  const m = /^own-(.+)-(cluster|point|area|outline|label|cluster-count)$/.exec(styleLayerId);
  return m ? m[1] : null;
}

/** Ease in to the zoom where a cluster falls apart into its points. */
export async function zoomIntoCluster(map: MaplibreMap, sourceId: string, clusterId: number, center: [number, number]): Promise<void> {
  const source = map.getSource<GeoJSONSource>(sourceId);
  if (!source) return;
  const zoom = await source.getClusterExpansionZoom(clusterId);
  map.easeTo({ center, zoom: Math.min(zoom, 17), duration: 500 });
}

// `_cls` is the zone-filter class (0 outside, 1 within, 2 inside); absent when not filtering.
const cls: ExpressionSpecification = ['coalesce', ['get', '_cls'], 2];

/** A cluster counts how many of its points are within reach, so a cluster can be dimmed too. */
export const USER_CLUSTER_PROPERTIES = { reached: ['+', ['case', ['>', cls, 0], 1, 0]] } as const;

/** Own layers: clusters at low zoom (100k points stay fluid), points, areas, labels. */
export function userLayerSpecs(id: string, colour: string, labelField: string | null): SourcedLayer[] {
  const source = userSourceId(id);
  const isCluster: ExpressionSpecification = ['has', 'point_count'];
  const isArea: ExpressionSpecification = ['in', ['geometry-type'], ['literal', ['Polygon', 'MultiPolygon']]];
  const isPoint: ExpressionSpecification = ['all', ['!', isCluster], ['==', ['geometry-type'], 'Point']];
  const dim = (on: number): ExpressionSpecification => ['case', ['>', cls, 0], on, on * 0.25];
  return [
    { id: `${source}-area`, type: 'fill', source, filter: isArea, paint: { 'fill-color': colour, 'fill-opacity': dim(0.25) } },
    { id: `${source}-outline`, type: 'line', source, filter: isArea, paint: { 'line-color': colour, 'line-width': 1.5, 'line-opacity': dim(1) } },
    {
      id: `${source}-cluster`,
      type: 'circle',
      source,
      filter: isCluster,
      paint: {
        'circle-color': colour,
        'circle-radius': ['step', ['get', 'point_count'], 12, 50, 16, 500, 22, 5000, 28],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
        'circle-opacity': ['case', ['>', ['get', 'reached'], 0], 0.9, 0.25],
      },
    },
    {
      id: `${source}-cluster-count`,
      type: 'symbol',
      source,
      filter: isCluster,
      layout: { 'text-field': ['get', 'point_count_abbreviated'], 'text-font': [theme.font], 'text-size': 12, 'text-allow-overlap': true },
      paint: { 'text-color': '#ffffff' },
    },
    {
      id: `${source}-point`,
      type: 'circle',
      source,
      filter: isPoint,
      paint: { 'circle-color': colour, 'circle-radius': 6, 'circle-stroke-color': '#fff', 'circle-stroke-width': 1.5, 'circle-opacity': dim(1), 'circle-stroke-opacity': dim(1) },
    },
    ...(labelField
      ? [
          {
            id: `${source}-label`,
            type: 'symbol' as const,
            source,
            filter: ['all', ['!', isCluster], ['>', cls, 0]] as ExpressionSpecification,
            minzoom: 13,
            layout: {
              'text-field': ['to-string', ['get', labelField]] as ExpressionSpecification,
              'text-font': [theme.font],
              'text-size': 12,
              'text-anchor': 'left' as const,
              'text-offset': [0.8, 0] as [number, number],
              'text-optional': true,
            },
            paint: { 'text-color': '#1d232b', 'text-halo-color': '#fff', 'text-halo-width': 1.5 },
          },
        ]
      : []),
  ];
}
