// The floor for the start-up benchmark: MapLibre alone drawing the same basemap and the same
// data files as plain circles, with no app, no React, no validation.
import * as maplibregl from '/nm/maplibre-gl/maplibre-gl.mjs';

maplibregl.setWorkerUrl('/nm/maplibre-gl/maplibre-gl-worker.mjs');
const layers = ['hagastaden', 'universities', 'research-infrastructure', 'incubators', 'pharma', 'student-housing', 'transit'];
const params = new URLSearchParams(location.search);
const extra = Number(params.get('points') ?? 0);
const sources = {
  water: { type: 'geojson', data: '/app/basemap/water.geojson' },
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
      { id: 'water', type: 'fill', source: 'water', paint: { 'fill-color': '#c9dbe6' } },
      { id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#D55E00', 'fill-opacity': 0.1 } },
      ...(extra ? [{ id: 'synthetic', type: 'circle', source: 'synthetic', paint: { 'circle-radius': 6, 'circle-color': '#7B3294' } }] : []),
      ...layers.map((l) => ({ id: l, type: 'circle', source: l, paint: { 'circle-radius': 5, 'circle-color': '#0072B2' } })),
    ],
  },
  center: [18.0, 59.45],
  zoom: 9,
  canvasContextAttributes: { preserveDrawingBuffer: true },
});
window.atlasMap = map;
