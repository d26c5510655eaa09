import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
};

/**
 * A plain static host for a built copy of the atlas, as a city's web server would be: the
 * offline test stops it and starts it again on the same port with a changed build. With a
 * `prefix` such as '/atlas/' the build is served under that sub-path only, and anything asked
 * for outside it is a 404, as on a host where the atlas is one site among others.
 */
export async function serveStatic(
  root: string,
  port = 0,
  prefix = '/',
): Promise<{ url: string; port: number; close: () => Promise<void> }> {
  const server: Server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(prefix)) return void res.writeHead(404).end('not found');
    const path = `/${full.slice(prefix.length)}`;
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      // sw.js must be revalidated, as hosts are told in the README; the rest is hashed.
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  // Connections kept alive would hold close() open; the test wants the host gone now.
  server.keepAliveTimeout = 1;
  // The same port again right after a close can still be taken for a moment: retry, never hang.
  for (let attempt = 0; ; attempt++) {
    const error = await new Promise<Error | null>((resolve) => {
      server.once('error', resolve);
      server.listen(port, '127.0.0.1', () => resolve(null));
    });
    if (!error) break;
    if (attempt >= 20) throw error;
    await new Promise((r) => setTimeout(r, 250));
  }
  const actual = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${actual}${prefix}`,
    port: actual,
    // Stop listening at once and drop open connections; the close callback can wait on a
    // socket a browser keeps half-open, so do not wait for it longer than a moment.
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
        setTimeout(resolve, 500);
      }),
  };
}
