import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from './browser';
import { AtlasDriver } from './atlas-driver';
import { expectedCounts } from './oracle';
import { serveStatic } from './static-server';

// Hostable anywhere (#14, item 6): the same dist/ the other specs use, served under /atlas/ on a
// host that answers nothing outside it. Every file the atlas asks for (scripts, fonts, basemap,
// manifest, service worker and its precache) must be found under the prefix.
const PREFIX = '/atlas/';

describe('hosted under a sub-path', () => {
  let browser: Browser;
  let host: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    browser = await launch();
    host = await serveStatic('dist', 0, PREFIX);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('draws the basemap, counts the data, loads the stops and the network, and its service worker precaches, all from /atlas/', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: 'en-GB' });
    await context.addInitScript(() => localStorage.setItem('atlas.welcome.dismissed', '1'));
    const hostOrigin = new URL(host.url).origin;
    const failed: string[] = [];
    const outside: string[] = [];
    // On the context, so the service worker's own fetches (its precache) are seen too.
    context.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    context.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol === 'data:' || u.protocol === 'blob:') return;
      if (u.origin !== hostOrigin || !u.pathname.startsWith(PREFIX)) outside.push(u.href);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const atlas = new AtlasDriver(page, host.url);
    // Each step says when it ends, so a failure on a slow machine says where it was.
    const t0 = Date.now();
    const step = (name: string) => console.log(`subpath: ${name} at ${Date.now() - t0} ms`);

    await atlas.open('lang=en&zones=zone-hagastaden&within=1000&tab=zones');
    await atlas.waitForMapIdle(60_000);
    // The embedded basemap drew: Brunnsviken is water, bluer than it is red.
    const water = await atlas.pixelAt(18.0455, 59.3535);
    expect(water[2]).toBeGreaterThan(water[0]);
    step('basemap drawn');
    await expect.poll(() => atlas.counts(), { timeout: 20_000 }).toEqual(expectedCounts(['zone-hagastaden'], 1000));
    step('counted');

    // The stops file is handed to the map only when the camera comes close.
    await page.evaluate(() => window.atlasMap!.jumpTo({ center: [18.03, 59.349], zoom: 15 }));
    await atlas.waitForMapIdle(60_000);
    await expect
      .poll(() => page.evaluate(() => window.atlasMap!.querySourceFeatures('basemap-stops').length))
      .toBeGreaterThan(0);
    step('stops loaded');
    // The network (stations, stops, districts) is fetched on first need: search finds a district.
    await atlas.searchAndChoose('Vasastaden');
    await expect.poll(async () => (await atlas.view()).zoom, { timeout: 10_000 }).toBeGreaterThan(12);
    step('network searched');

    // The service worker registers under the prefix and precaches the build from there: it
    // becomes active only once every precached file was fetched.
    const scope = await page.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          setTimeout(() => reject(new Error('no active service worker within 60 s')), 60_000);
          void navigator.serviceWorker.ready.then((r) => resolve(r.scope));
        }),
    );
    step('service worker active');
    expect(scope).toBe(host.url);
    const manifest = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="manifest"]')?.href);
    expect(manifest).toBe(`${host.url}manifest.webmanifest`);

    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
