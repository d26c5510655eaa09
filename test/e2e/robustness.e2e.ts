import { describe, expect, inject, it } from 'vitest';
import { offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { browserSession } from './session';

const baseUrl = inject('baseUrl');
const shared = browserSession();

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
      () => (window.atlasMap?.queryRenderedFeatures({ layers: ['buildings-symbol'] }).length ?? 0) > 0,
      null,
      { timeout: 15_000 },
    );
    await context.close();
  });
});
