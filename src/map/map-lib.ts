import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

/**
 * maplibre 6 looks for its worker next to its own module, which Vite does not emit; without
 * this the worker 404s and the map stays blank with no catchable error. Importing lazily also
 * keeps maplibre in its own chunk.
 */
export const mapLib = import('maplibre-gl').then((maplibre) => {
  maplibre.setWorkerUrl(workerUrl);
  return maplibre;
});
