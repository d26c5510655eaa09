import type { StyleSpecification, LayerSpecification, ExpressionSpecification } from 'maplibre-gl';
import { theme } from '../theme';

export const EMBEDDED_ATTRIBUTION =
  'Shorelines: <a href="https://www.soest.hawaii.edu/pwessel/gshhg/" target="_blank" rel="noopener noreferrer">GSHHG 2.3.7</a> © P. Wessel &amp; W.H.F. Smith / The GMT Team, LGPL-3.0 (<a href="basemap/README.md" target="_blank" rel="noopener">modified</a>)';

/** Label sizes by rank: rank 1 reads from the region view, rank 3 only close up. */
const labelSize: ExpressionSpecification = [
  'interpolate', ['linear'], ['zoom'],
  8, ['match', ['get', 'rank'], 1, 14, 2, 11, 10],
  13, ['match', ['get', 'rank'], 1, 20, 2, 16, 14],
];

function labelLayers(): LayerSpecification[] {
  const common = {
    type: 'symbol' as const,
    source: 'basemap-labels',
  };
  return [
    {
      ...common,
      id: 'basemap-water-label',
      filter: ['==', ['get', 'kind'], 'water'],
      minzoom: 8,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [theme.font],
        'text-size': labelSize,
        'text-letter-spacing': 0.15,
        'text-max-width': 8,
      },
      paint: { 'text-color': theme.labelWater, 'text-halo-color': theme.halo, 'text-halo-width': 1 },
    },
    {
      ...common,
      id: 'basemap-place-label',
      filter: ['!=', ['get', 'kind'], 'water'],
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [theme.font],
        'text-size': labelSize,
        'symbol-sort-key': ['get', 'rank'],
        'text-transform': ['match', ['get', 'kind'], 'municipality', 'uppercase', 'none'],
        'text-letter-spacing': ['match', ['get', 'kind'], 'municipality', 0.08, 0],
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'municipality', theme.labelTown, theme.labelDistrict],
        'text-halo-color': theme.halo,
        'text-halo-width': 1.5,
        // District names fade in as the view closes in, so the region view stays calm.
        'text-opacity': ['step', ['zoom'], ['match', ['get', 'rank'], 3, 0, 1], 10, 1],
      },
    },
  ];
}

/**
 * The offline basemap: land is the background, GSHHG water polygons on top, and orientation
 * labels drawn from a bundled web font (no `glyphs`: MapLibre ≥ 5.11 renders them locally).
 * `baseUrl` is Vite's BASE_URL so the style works under any deploy path.
 */
export function embeddedStyle(baseUrl: string): StyleSpecification {
  const origin = typeof window === 'undefined' ? 'http://localhost' : window.location.origin;
  const url = (file: string) => new URL(`${baseUrl}basemap/${file}`, origin).href;
  return {
    version: 8,
    name: 'atlas-embedded',
    sources: {
      'basemap-water': { type: 'geojson', data: url('water.geojson'), attribution: EMBEDDED_ATTRIBUTION },
      'basemap-labels': { type: 'geojson', data: url('labels.geojson') },
    },
    layers: [
      { id: 'basemap-land', type: 'background', paint: { 'background-color': theme.land } },
      {
        id: 'basemap-water-fill',
        type: 'fill',
        source: 'basemap-water',
        paint: { 'fill-color': ['match', ['get', 'kind'], 'lake', theme.lake, theme.water], 'fill-antialias': true },
      },
      {
        id: 'basemap-water-line',
        type: 'line',
        source: 'basemap-water',
        paint: { 'line-color': theme.waterLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.3, 13, 1] },
      },
      ...labelLayers(),
    ],
  };
}
