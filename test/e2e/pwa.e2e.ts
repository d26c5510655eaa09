import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { launch } from './browser';
import { AtlasDriver } from './atlas-driver';
import { serveStatic } from './static-server';

// Offline after one visit (#17): the built atlas on a plain static host, opened once, then the
// host gone and the network cut. Then a changed build on the same address is offered as an update.
const copy = mkdtempSync(join(tmpdir(), 'atlas-pwa-'));
cpSync('dist', copy, { recursive: true });
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const precacheBytes = () => {
  const sw = readFileSync(join(copy, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]);
  return urls.reduce((n, u) => n + statSync(join(copy, u)).size, 0);
};

describe('installable and offline after one visit', () => {
  it('works with the server gone and the network cut: map, data, story, comparison, export; a new build is offered as an update', async () => {
    // Each step says when it ends, so a failure on a slow machine says where it was.
    const t0 = Date.now();
    const step = (name: string) => console.log(`pwa: ${name} at ${Date.now() - t0} ms`);
    const browser = await launch();
    let host = await serveStatic(copy);
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    await context.addInitScript(() => localStorage.setItem('atlas.welcome.dismissed', '1'));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const atlas = new AtlasDriver(page, host.url);
    const started = Date.now();
    await atlas.open('lang=en');
    // The atlas says when it is saved, and how much.
    const notice = page.locator('.notice', { hasText: 'Saved for offline use' });
    await notice.waitFor({ timeout: 60_000 });
    const readyMs = Date.now() - started;
    console.log(
      `ready offline after ${readyMs} ms; precache ${(precacheBytes() / 1e6).toFixed(2)} MB in ${readdirSync(copy).length} top-level entries`,
    );
    expect(await page.getByTestId('offline-status').textContent()).toMatch(/Saved for offline use \([\d.,]+ MB/);
    // Lighthouse-style checks: a valid manifest, and the worker controls the page.
    const manifest = JSON.parse(readFileSync(join(copy, 'manifest.webmanifest'), 'utf8'));
    expect(manifest).toMatchObject({ name: 'Stockholm Life Science Atlas', display: 'standalone', start_url: './' });
    expect(
      manifest.icons.some((i: { sizes: string; type: string }) => i.sizes === '512x512' && i.type === 'image/png'),
    ).toBe(true);
    await page.reload();
    step('reloaded');
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);

    // The venue: no server, no network.
    await host.close();
    await context.setOffline(true);
    step('offline');
    await atlas.open('lang=en&zones=zone-hagastaden&within=1000&tab=zones');
    await atlas.waitForMapIdle();
    await page.getByTestId('counts').waitFor();
    const counts = await atlas.counts();
    expect(counts.pharma.inside).toBeGreaterThan(5);
    step('counts offline');
    // The embedded basemap came from the cache: water where Brunnsviken is.
    const water = await atlas.pixelAt(18.0455, 59.3535);
    expect(water[2]).toBeGreaterThan(water[0]);
    await atlas.open('lang=en&story=stockholm-life-science-hub&scene=3');
    await page.getByTestId('story-player').locator('.story-card').waitFor();
    step('story offline');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(() => page.getByTestId('story-player').locator('.story-card').getAttribute('data-scene'))
      .toBe('4');
    await atlas.open('lang=en&compare=zone-hagastaden,zone-kista');
    await page.getByTestId('compare').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-csv').click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('Hagastaden');
    step('csv offline');

    // A new build on the same address: offered, taken on the user's word.
    const swPath = join(copy, 'sw.js');
    writeFileSync(
      swPath,
      readFileSync(swPath, 'utf8').replace(
        /url:"index.html",revision:"[^"]+"/,
        'url:"index.html",revision:"changed-build"',
      ),
    );
    host = await serveStatic(copy, host.port);
    step('new build served');
    await context.setOffline(false);
    await atlas.open('lang=en');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const banner = page.getByTestId('update-banner');
    await banner.waitFor({ timeout: 60_000 });
    step('update offered');
    await page.getByTestId('update-now').click({ noWaitAfter: true });
    step('update taken');
    await expect.poll(() => banner.count(), { timeout: 30_000 }).toBe(0);
    step('banner gone');
    expect(errors).toEqual([]);
    // Closing a context whose page the new service worker has just reloaded can wait on that
    // worker for ever in headless Chromium; the browser is closed whole instead, bounded.
    await Promise.race([context.close(), new Promise((r) => setTimeout(r, 5_000))]);
    await Promise.race([browser.close(), new Promise((r) => setTimeout(r, 10_000))]);
    await host.close();
    step('closed');
  }, 240_000);
});
