import { writeFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { browserSession } from './session';

const baseUrl = inject('baseUrl');
const shared = browserSession();

/** A CSV of `n` labs on a grid by Hagastaden, `perColumn` to a column, 40 m apart. */
function writeGridCsv(path: string, n: number, perColumn: number): void {
  const rows = ['name,lat,lon'];
  for (let i = 0; i < n; i++) {
    const lat = 59.34 + (i % perColumn) * 0.0004;
    const lon = 18.02 + Math.floor(i / perColumn) * 0.0004;
    rows.push(`Lab ${i},${lat.toFixed(5)},${lon.toFixed(5)}`);
  }
  writeFileSync(path, rows.join('\n'));
}

describe('when something fails', () => {
  it('a data file that cannot load gets a message; the map, the other panels and the language switch still work', async () => {
    const { page, context } = await offlinePage(shared.browser);
    await context.route(/\/assets\/pharma-[^/]+\.js$/, (route) => route.abort('failed'));
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en', '10/59.35/18.03');
    const error = page.getByTestId('data-error');
    await error.waitFor();
    expect(await error.innerText()).toContain('data/pharma.geojson');
    await atlas.waitForMapIdle();
    // The basemap still draws: Saltsjön off Djurgården is water-blue (#c6dae6: blue over red),
    // where land (#f3f1ec) or an undrawn canvas would not be.
    const [r, , b] = await atlas.pixelAt(18.1071, 59.3187);
    expect(b - r, 'Saltsjön should be drawn as water').toBeGreaterThan(15);
    await atlas.chooseLanguage('sv');
    await expect.poll(() => page.locator('#layers-title').innerText()).toBe('LAGER');
    await atlas.openTab('Plats');
    expect(await page.getByTestId('site-panel').isVisible()).toBe(true);
    await context.close();
  });

  it('a map worker that cannot load: the map says it cannot start (no error event would) and offers a reload', async () => {
    const { page, context } = await offlinePage(shared.browser);
    await context.route(/maplibre-gl-worker[^/]*\.mjs$/, (route) => route.abort('failed'));
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en', '10/59.35/18.03');
    const stalled = page.getByTestId('map-stalled');
    await stalled.waitFor({ timeout: 40_000 });
    expect(await stalled.getAttribute('data-stall')).toBe('no-worker');
    expect(await stalled.innerText()).toContain('the map’s worker');
    expect(await stalled.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);
    // The panels do not depend on the map.
    await atlas.chooseLanguage('sv');
    await expect.poll(() => stalled.innerText()).toContain('kartans arbetstråd');
    await context.close();
  }, 60_000);

  it('a basemap file that cannot load gets a message and the atlas layers still draw', async () => {
    const { page, context } = await offlinePage(shared.browser);
    await context.route(/\/basemap\/water\.geojson$/, (route) => route.abort('failed'));
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en', '13/59.349/18.03');
    await expect
      .poll(() => atlas.notices(), { timeout: 15_000 })
      .toContainEqual(expect.stringContaining('basemap could not be loaded'));
    await page.waitForFunction(
      () =>
        (window.atlasMap?.queryRenderedFeatures({
          layers: ['places-symbol'],
          filter: ['==', ['get', 'category'], 'buildings'],
        }).length ?? 0) > 0,
      null,
      { timeout: 15_000 },
    );
    await context.close();
  });

  it('a zone-index worker that cannot load: own layers are counted on the page instead, right, and it says so', async () => {
    const { page, context } = await offlinePage(shared.browser);
    await context.route(/\/assets\/zone-index\.worker-[^/]+\.js$/, (route) => route.abort('failed'));
    // 3,000 rows: enough to go to the worker (2,000 and up), small enough to be parsed on the page.
    writeGridCsv('test-results/zone-index-3000.csv', 3000, 50);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en&zones=zone-hagastaden&within=1000', '12/59.35/18.03');
    await atlas.waitForMapIdle();
    await atlas.openTab('Layers');
    await page.getByTestId('import-file').setInputFiles('test-results/zone-index-3000.csv');
    await page.getByTestId('import-confirm').click();
    await atlas.openTab('Zones');
    const row = () => atlas.counts().then((c) => c[Object.keys(c).find((k) => k.startsWith('user-'))!]);
    await expect.poll(async () => (await row())?.within, { timeout: 30_000 }).toBeGreaterThan(0);
    expect((await row()).total).toBe(3000);
    await expect
      .poll(() => atlas.notices())
      .toContainEqual(expect.stringContaining('Own layers are counted on the page instead of in the background'));
    await context.close();
  });

  it('a tile worker that cannot load: a big own layer is still drawn (as GeoJSON), and it says why', async () => {
    const { page, context } = await offlinePage(shared.browser);
    await context.route(/\/assets\/tile\.worker-[^/]+\.js$/, (route) => route.abort('failed'));
    // 6,000 rows: over the 5,000 that go as tiles, small enough to be quick.
    writeGridCsv('test-results/tiles-6000.csv', 6000, 60);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en', '12/59.35/18.03');
    await atlas.waitForMapIdle();
    await atlas.openTab('Layers');
    await page.getByTestId('import-file').setInputFiles('test-results/tiles-6000.csv');
    await page.getByTestId('import-confirm').click();
    await expect
      .poll(() => atlas.notices(), { timeout: 60_000 })
      .toContainEqual(expect.stringContaining('Big own layers are drawn without their background process'));
    await expect.poll(async () => (await atlas.ownLayerOnMap())?.drawn ?? 0, { timeout: 60_000 }).toBeGreaterThan(0);
    expect((await atlas.ownLayerOnMap())?.type).toBe('geojson');
    await context.close();
  });
});
