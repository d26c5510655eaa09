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
    expect(await atlas.pixelAt(18.3, 59.33)).toBeTruthy();
    await atlas.chooseLanguage('sv');
    await expect.poll(() => page.locator('#layers-title').innerText()).toBe('LAGER');
    await atlas.openTab('Plats');
    expect(await page.getByTestId('site-panel').isVisible()).toBe(true);
    await context.close();
  });

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
});
