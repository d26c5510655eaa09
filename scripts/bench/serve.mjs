// A tiny static server for the benchmarks: the built app, the bare MapLibre page, the data.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { seededRandom } from './seeded-random.mjs';

const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.png': 'image/png',
  '.txt': 'text/plain',
  '.md': 'text/plain',
};

export function syntheticGeoJson(n) {
  const rnd = seededRandom(7);
  const features = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    properties: { name: `P${i}` },
    geometry: { type: 'Point', coordinates: [+(17.95 + rnd() * 0.17).toFixed(6), +(59.31 + rnd() * 0.08).toFixed(6)] },
  }));
  return { type: 'FeatureCollection', features };
}

const syntheticCache = new Map();
function syntheticText(n) {
  if (!syntheticCache.has(n)) syntheticCache.set(n, JSON.stringify(syntheticGeoJson(n)));
  return syntheticCache.get(n);
}

/**
 * Serves the bench on loopback. `served` lists every file answered ({ path, file }), in order, so
 * the bench can say which files (and how many bytes) a page fetched before its first idle.
 */
export function serve(root) {
  const served = [];
  const routes = [
    ['/app/', join(root, 'dist')],
    ['/bench/', join(root, 'scripts/bench')],
    ['/nm/maplibre-gl/', join(root, 'node_modules/maplibre-gl/dist')],
    ['/data/', join(root, 'data')],
    ['/old-basemap/', join(root, 'test-results/old-basemap')],
  ];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname === '/bench/synthetic.geojson') {
      res.writeHead(200, { 'content-type': 'application/geo+json' });
      served.push({ path: url.pathname, file: null });
      return res.end(syntheticText(Number(url.searchParams.get('n') ?? 10000)));
    }
    const route = routes.find(([prefix]) => url.pathname.startsWith(prefix));
    if (!route) return res.writeHead(404).end();
    let rel = url.pathname.slice(route[0].length) || 'index.html';
    if (url.pathname === '/bench/') rel = 'bare.html';
    const file = normalize(join(route[1], decodeURIComponent(rel)));
    if (!file.startsWith(route[1])) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
      served.push({ path: url.pathname, file });
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, served, base: `http://127.0.0.1:${server.address().port}` })),
  );
}
