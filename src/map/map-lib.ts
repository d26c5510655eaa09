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

/**
 * Whether MapLibre's worker file can be fetched. A worker that fails to load leaves the map blank
 * without any error event, so when the map is slow to draw, this tells "still working" from
 * "cannot work" (a missing file, a proxy or CSP refusing it).
 */
export async function mapWorkerReachable(): Promise<boolean> {
  try {
    const res = await fetch(workerUrl, { cache: 'no-store' });
    return res.ok;
  } catch {
    return false;
  }
}
