import type { StyleSpecification, LayerSpecification, ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { Lang } from '../../i18n/i18n';
import { theme } from '../theme';
import { perFeatureCircle, perFeatureColour, perFeatureNumber } from '../layers/shared-programs';
import { BASEMAP_FILES, basemapUrl } from '../../data/basemap-files';

/** Bus stops are many (about 11,000) and only useful at street zoom: loaded when first needed. */
export const STOPS_SOURCE = 'basemap-stops';
export const STOPS_MINZOOM = 14;
export const EMPTY_FC: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

const README = 'basemap/README.md';
const a = (href: string, text: string) => `<a href="${href}" target="_blank" rel="noopener noreferrer">${text}</a>`;

/**
 * Every source's credit, in the UI language. Shown by the map's attribution control, and read
 * from it by the PNG export and the print, so the three always agree.
 */
export function embeddedAttribution(lang: Lang): string {
  const osm = a(
    'https://www.openstreetmap.org/copyright',
    lang === 'sv' ? '© OpenStreetMap-bidragsgivare' : '© OpenStreetMap contributors',
  );
  const gshhg = `${a('https://www.soest.hawaii.edu/pwessel/gshhg/', 'GSHHG 2.3.7')} © P. Wessel &amp; W.H.F. Smith / The GMT Team, LGPL-3.0`;
  const gtfs = `${a('https://www.trafiklab.se/', 'Trafiklab.se')} (GTFS Sverige 3, CC0)`;
  return lang === 'sv'
    ? `Vatten och stadsdelar: Stockholms stad (CC0) · Spår, Brunnsviken: ${osm} (ODbL) · Kust utanför Stockholm: ${gshhg} · Stationer och hållplatser: ${gtfs}, sammanställt av A. Bjarby (CC BY 4.0) · Kommuner: Källa: SCB · ${a(README, 'bearbetat')}`
    : `Water and districts: Stockholms stad (City of Stockholm, CC0) · Rail, Brunnsviken: ${osm} (ODbL) · Shore outside Stockholm: ${gshhg} · Stations and stops: ${gtfs}, compiled by A. Bjarby (CC BY 4.0) · Municipalities: Source: SCB · ${a(README, 'modified')}`;
}

/** Stations the atlas's own transit layer draws (with sources) are not drawn a second time. */
const NOT_IN_ATLAS: FilterSpecification = ['!', ['has', 'atlas']];
const zoomed = (...stops: (number | ExpressionSpecification)[]): ExpressionSpecification =>
  ['interpolate', ['linear'], ['zoom'], ...stops] as ExpressionSpecification;
const text = (size: ExpressionSpecification | number, extra: Record<string, unknown> = {}) => ({
  'text-field': ['get', 'name'] as ExpressionSpecification,
  'text-font': [theme.font],
  'text-size': size,
  ...extra,
});
const halo = (color: string, width = 1.5) => ({
  // Per feature like the rail names' colour, so all names share one program (shared-programs).
  'text-color': perFeatureColour(color),
  'text-halo-color': theme.halo,
  'text-halo-width': width,
});

/** Water, borders, rail: the quiet ground under the atlas's own symbols. */
function groundLayers(): LayerSpecification[] {
  return [
    { id: 'basemap-land', type: 'background', paint: { 'background-color': theme.land } },
    // One colour for sea and lakes: the city's Mälaren and GSHHG's meet at the municipal border
    // and must not change tone there. No outline: it would draw the border across the water.
    {
      id: 'basemap-water-fill',
      type: 'fill',
      source: 'basemap-water',
      // Per feature like the zones' fill, so all fills share one program (shared-programs).
      paint: {
        'fill-color': perFeatureColour(theme.water),
        'fill-opacity': perFeatureNumber(1),
        'fill-antialias': true,
      },
    },
    {
      id: 'basemap-district-border',
      type: 'line',
      source: 'basemap-areas',
      minzoom: 11,
      filter: ['==', ['get', 'kind'], 'district-border'],
      paint: {
        'line-color': perFeatureColour(theme.border),
        'line-width': zoomed(11, 0.5, 15, 1),
        'line-dasharray': [3, 2],
        'line-opacity': zoomed(11, 0, 11.5, 0.8),
      },
    },
    {
      id: 'basemap-municipality-border',
      type: 'line',
      source: 'basemap-areas',
      // Generalised to about 100 m: region zoom only; closer in the city's exact edge takes over.
      maxzoom: 11.5,
      filter: ['==', ['get', 'kind'], 'municipality-border'],
      paint: {
        'line-color': perFeatureColour(theme.border),
        'line-width': zoomed(7, 0.6, 12, 1.4),
        'line-opacity': zoomed(7, 0.7, 13, 0.35),
      },
    },
    {
      id: 'basemap-rail-line',
      type: 'line',
      source: 'basemap-rail',
      layout: { 'line-join': 'round', 'line-cap': 'round' },
      // The lines' own colours say which line; thin and a little transparent so the atlas's
      // places (drawn above, with shapes as well as colours) stay the figure and this the ground.
      paint: { 'line-color': ['get', 'colour'], 'line-width': zoomed(7, 0.7, 11, 1.4, 15, 3.5), 'line-opacity': 0.55 },
    },
    {
      id: 'basemap-planned-line',
      type: 'line',
      source: 'basemap-planned',
      minzoom: 10,
      paint: {
        'line-color': ['get', 'colour'],
        'line-width': zoomed(10, 1.5, 15, 4),
        'line-dasharray': [1.5, 1.2],
        'line-opacity': 0.9,
      },
    },
    {
      id: 'basemap-stop-dot',
      type: 'circle',
      source: STOPS_SOURCE,
      minzoom: STOPS_MINZOOM,
      // Every circle in the style shares one program (shared-programs).
      paint: perFeatureCircle({
        'circle-radius': zoomed(14, 1.6, 17, 3),
        'circle-color': theme.stop,
        'circle-stroke-color': '#ffffff',
        'circle-stroke-width': 0.8,
        'circle-opacity': 0.8,
      }),
    },
    {
      id: 'basemap-station-dot',
      type: 'circle',
      source: 'basemap-stations',
      minzoom: 9.5,
      filter: NOT_IN_ATLAS,
      paint: perFeatureCircle({
        'circle-radius': zoomed(9.5, 1.8, 13, 3.5, 16, 5),
        'circle-color': '#ffffff',
        'circle-stroke-color': ['case', ['==', ['get', 'status'], 'planned'], theme.planned, theme.station],
        'circle-stroke-width': zoomed(9.5, 1, 14, 1.8),
      }),
    },
  ];
}

/** Names: municipalities at region zoom, districts, stations and lines at city zoom, stops close up. */
function labelLayers(): LayerSpecification[] {
  return [
    {
      id: 'basemap-water-label',
      type: 'symbol',
      source: 'basemap-labels',
      filter: ['==', ['get', 'kind'], 'water'],
      minzoom: 8,
      layout: text(
        zoomed(8, ['match', ['get', 'rank'], 1, 14, 2, 11, 10], 13, ['match', ['get', 'rank'], 1, 20, 2, 16, 14]),
        {
          'text-letter-spacing': 0.15,
          'text-max-width': 8,
        },
      ),
      paint: halo(theme.labelWater, 1),
    },
    {
      id: 'basemap-municipality-label',
      type: 'symbol',
      source: 'basemap-areas',
      maxzoom: 11.5,
      filter: ['==', ['get', 'kind'], 'municipality'],
      layout: text(zoomed(7, 10, 11, 14), {
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.08,
        // The seats of the cluster first when names collide at region zoom.
        'symbol-sort-key': [
          'match',
          ['get', 'name'],
          ['Stockholm', 'Uppsala'],
          0,
          ['Solna', 'Huddinge', 'Södertälje'],
          1,
          2,
        ] as ExpressionSpecification,
      }),
      paint: halo(theme.labelTown),
    },
    {
      id: 'basemap-district-label',
      type: 'symbol',
      source: 'basemap-areas',
      minzoom: 11.5,
      maxzoom: 16,
      filter: ['==', ['get', 'kind'], 'district'],
      layout: text(zoomed(11.5, 10, 15, 13), {
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-max-width': 7,
        'text-padding': 4,
      }),
      paint: { ...halo(theme.labelDistrict), 'text-opacity': zoomed(11.5, 0, 12, 0.85) },
    },
    {
      // Places the open data does not name as districts (Hagastaden, Arenastaden, Flemingsberg …).
      id: 'basemap-place-label',
      type: 'symbol',
      source: 'basemap-labels',
      filter: ['!=', ['get', 'kind'], 'water'],
      minzoom: 9,
      maxzoom: 16,
      layout: text(zoomed(9, 10, 13, 13), { 'text-transform': 'uppercase', 'text-letter-spacing': 0.06 }),
      paint: halo(theme.labelDistrict),
    },
    {
      id: 'basemap-rail-label',
      type: 'symbol',
      source: 'basemap-rail',
      minzoom: 12,
      layout: text(11, {
        'text-field': ['get', 'short'],
        'symbol-placement': 'line',
        'symbol-spacing': 400,
        'text-letter-spacing': 0.05,
      }),
      paint: { 'text-color': ['get', 'colour'], 'text-halo-color': theme.halo, 'text-halo-width': 1.5 },
    },
    {
      id: 'basemap-planned-label',
      type: 'symbol',
      source: 'basemap-planned',
      minzoom: 12,
      layout: text(11, {
        'text-field': ['concat', ['get', 'name'], ' · ', ['to-string', ['get', 'opens']]],
        'symbol-placement': 'line',
        'symbol-spacing': 300,
      }),
      paint: halo(theme.labelTown),
    },
    {
      id: 'basemap-station-label',
      type: 'symbol',
      source: 'basemap-stations',
      minzoom: 12,
      filter: NOT_IN_ATLAS,
      layout: text(zoomed(12, 10, 16, 13), {
        'text-field': [
          'case',
          ['==', ['get', 'status'], 'planned'],
          ['concat', ['get', 'name'], ' · ', ['to-string', ['get', 'opens']]],
          ['get', 'name'],
        ],
        'text-anchor': 'left',
        'text-offset': [0.7, 0],
        'text-optional': true,
        'symbol-sort-key': ['match', ['get', 'mode'], 'metro', 0, 'rail', 1, 2],
      }),
      paint: halo(theme.labelStation),
    },
    {
      id: 'basemap-stop-label',
      type: 'symbol',
      source: STOPS_SOURCE,
      minzoom: 16,
      layout: text(10, { 'text-anchor': 'left', 'text-offset': [0.6, 0], 'text-optional': true }),
      paint: halo(theme.labelDistrict, 1),
    },
  ];
}

/**
 * The offline basemap: land is the background; the city's own water inside Stockholm, GSHHG
 * outside it and Brunnsviken from OSM; SL's rail network, stations and stops; district and
 * municipality borders and names — all drawn from files in `public/basemap/` and the bundled
 * web font (no `glyphs`: MapLibre ≥ 5.11 renders text locally). `baseUrl` is Vite's BASE_URL,
 * so the style works under any deploy path. The stops source starts empty (see STOPS_SOURCE).
 */
export function embeddedStyle(baseUrl: string): StyleSpecification {
  const url = basemapUrl(baseUrl);
  // Coarser tiling for the big polygons and lines (tolerance in tile pixels; buffer around a tile
  // in tile units of 4096): fewer vertices per tile, which is what the GPU and the worker pay for.
  const geojson = (file: string, tiling = {}) => ({ type: 'geojson' as const, data: url(file), ...tiling });
  const coarse = { tolerance: 0.8, buffer: 32 };
  return {
    version: 8,
    name: 'atlas-embedded',
    sources: {
      'basemap-water': geojson(BASEMAP_FILES.water, coarse),
      'basemap-areas': geojson(BASEMAP_FILES.areas, coarse),
      'basemap-rail': geojson(BASEMAP_FILES.rail, coarse),
      'basemap-planned': geojson(BASEMAP_FILES.planned),
      'basemap-stations': geojson(BASEMAP_FILES.stations),
      [STOPS_SOURCE]: { type: 'geojson', data: EMPTY_FC },
      'basemap-labels': geojson(BASEMAP_FILES.labels),
    },
    layers: [...groundLayers(), ...labelLayers()],
  };
}
