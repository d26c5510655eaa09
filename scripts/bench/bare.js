// The floor for the start-up benchmark: MapLibre alone drawing the same basemap and the same
// data files as plain circles and lines, with no app, no React, no validation.
// ?basemap=old draws the embedded basemap as it was before the city's geography (GSHHG water
// only), extracted from git by run-all.mjs, so one run compares both floors.
import * as maplibregl from '/nm/maplibre-gl/maplibre-gl.mjs';

maplibregl.setWorkerUrl('/nm/maplibre-gl/maplibre-gl-worker.mjs');
const layers = ['buildings', 'universities', 'hospitals', 'research-infrastructure', 'incubators', 'pharma', 'agencies', 'student-housing', 'transit'];
const params = new URLSearchParams(location.search);
const extra = Number(params.get('points') ?? 0);
const old = params.get('basemap') === 'old';
// ?labels=1 adds what the atlas draws and the floor otherwise does not: a name beside every place
// (text rendered locally, as the atlas's is: no glyph server) and an icon on it. Start-up only:
// it says how much of the atlas's start-up is the kinds of drawing (symbol programs, glyphs)
// rather than the app.
const labels = params.get('labels') === '1';
const basemapSources = old
  ? { water: { type: 'geojson', data: '/old-basemap/water.geojson' } }
  : {
      // Same tiling options as the app's embedded style, so the floor does the same work.
      water: { type: 'geojson', data: '/app/basemap/water.geojson', tolerance: 0.8, buffer: 32 },
      areas: { type: 'geojson', data: '/app/basemap/areas.geojson', tolerance: 0.8, buffer: 32 },
      rail: { type: 'geojson', data: '/app/basemap/rail.geojson', tolerance: 0.8, buffer: 32 },
      stations: { type: 'geojson', data: '/app/basemap/stations.geojson' },
    };
const basemapLayers = old
  ? [{ id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': '#c9dbe6' } }]
  : [
      { id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': '#c6dae6' } },
      { id: 'areas', type: 'line', source: 'areas', paint: { 'line-color': '#9a9488', 'line-width': 0.6 } },
      { id: 'rail', type: 'line', source: 'rail', paint: { 'line-color': ['get', 'colour'], 'line-width': 1.4 } },
      { id: 'stations', type: 'circle', source: 'stations', minzoom: 9.5, paint: { 'circle-radius': 3, 'circle-color': '#ffffff', 'circle-stroke-width': 1 } },
    ];
const sources = {
  ...basemapSources,
  zones: { type: 'geojson', data: '/data/zones.geojson' },
  ...Object.fromEntries(layers.map((l) => [l, { type: 'geojson', data: `/data/${l}.geojson` }])),
};
if (extra) sources.synthetic = { type: 'geojson', data: '/bench/synthetic.geojson?n=' + extra, cluster: true, clusterMaxZoom: 13, clusterRadius: 45 };
const map = new maplibregl.Map({
  container: 'map',
  style: {
    version: 8,
    sources,
    layers: [
      { id: 'bg', type: 'background', paint: { 'background-color': '#f3f1ec' } },
      ...basemapLayers,
      { id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#D55E00', 'fill-opacity': 0.1 } },
      ...(extra ? [{ id: 'synthetic', type: 'circle', source: 'synthetic', paint: { 'circle-radius': 6, 'circle-color': '#7B3294' } }] : []),
      ...layers.map((l) => ({ id: l, type: 'circle', source: l, paint: { 'circle-radius': 5, 'circle-color': '#0072B2' } })),
      ...(labels
        ? layers.map((l) => ({
            id: `${l}-label`,
            type: 'symbol',
            source: l,
            layout: {
              'icon-image': 'dot',
              'text-field': ['get', 'name'],
              'text-font': ['Inter'],
              'text-size': 12,
              'text-offset': [0, 1.2],
              'text-anchor': 'top',
              'text-optional': true,
            },
            paint: { 'text-color': '#333333', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2 },
          }))
        : []),
    ],
  },
  center: [18.0, 59.45],
  zoom: 9,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.atlasMap = map;
if (labels) {
  // One icon, drawn on a canvas as the atlas draws its icons.
  const c = new OffscreenCanvas(24, 24).getContext('2d', { willReadFrequently: true });
  c.fillStyle = '#0072B2';
  c.beginPath();
  c.arc(12, 12, 9, 0, Math.PI * 2);
  c.fill();
  map.addImage('dot', c.getImageData(0, 0, 24, 24), { pixelRatio: 2 });
}
