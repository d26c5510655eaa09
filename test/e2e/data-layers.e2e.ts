import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { LAYERS, readLayer } from './oracle';

const baseUrl = inject('baseUrl');
let browser: Browser;
let context: BrowserContext;
let atlas: AtlasDriver;

beforeAll(async () => {
  browser = await launch();
  const o = await offlinePage(browser);
  context = o.context;
  atlas = new AtlasDriver(o.page, baseUrl);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the data layers', () => {
  it('draw every layer from the files, offline', async () => {
    await atlas.open('lang=en', '9/59.4/17.95');
    await atlas.waitForMapIdle();
    for (const layer of LAYERS) {
      const expected = readLayer(layer).features.length;
      const legendCount = await atlas.page.locator(`[data-testid="legend"] li:has(input[data-layer="${layer}"]) .legend-count`).innerText();
      expect(Number(legendCount), layer).toBe(expected);
    }
    await atlas.page.evaluate(() => window.atlasMap!.jumpTo({ center: [18.03, 59.349], zoom: 14 }));
    await atlas.waitForMapIdle();
    expect((await atlas.renderedIds('hagastaden-symbol')).length).toBeGreaterThanOrEqual(8);
    await atlas.screenshot('test-results/hagastaden-layers.png');
  });

  it('a legend entry toggles its layer, and the link remembers it', async () => {
    await atlas.open('lang=en', '12/59.35/18.03');
    await atlas.waitForMapIdle();
    await atlas.legendToggle('pharma').uncheck();
    await expect.poll(() => atlas.layerVisibility('pharma-symbol')).toBe('none');
    await expect.poll(() => atlas.search()).toContain('layers=');
    expect(await atlas.search()).not.toContain('pharma');
    await atlas.page.reload();
    await atlas.waitForMapIdle();
    expect(await atlas.legendToggle('pharma').isChecked()).toBe(false);
    expect(await atlas.layerVisibility('pharma-symbol')).toBe('none');
    await atlas.legendToggle('pharma').check();
    await expect.poll(() => atlas.layerVisibility('pharma-symbol')).toBe('visible');
  });

  it('clicking a place opens its details with a working source link', async () => {
    const hospital = readLayer('hagastaden').features.find((f) => f.properties.id === 'hag-karolinska-solna')!;
    await atlas.open('lang=en');
    await atlas.waitForMapIdle();
    const [lng, lat] = hospital.geometry.coordinates;
    await atlas.clickPlace(lng, lat);
    const details = atlas.details();
    await details.waitFor();
    const name = String(hospital.properties.name_en ?? hospital.properties.name);
    await expect.poll(() => details.locator('h3').innerText()).toBe(name);
    const link = details.getByRole('link');
    expect(await link.getAttribute('href')).toBe(hospital.properties.source);
    expect(await details.innerText()).toContain(String(hospital.properties.checked));
    expect(await details.innerText()).toContain('P5');
    await expect.poll(() => atlas.search()).toContain('feature=hag-karolinska-solna');
    await atlas.screenshot('test-results/details.png');
    await atlas.chooseLanguage('sv');
    await expect.poll(() => details.locator('h3').innerText()).toBe(String(hospital.properties.name));
    expect(await details.innerText()).toContain('Källa');
  });

  it('every feature of every layer opens its details from a link', async () => {
    for (const layer of [...LAYERS, 'zones']) {
      const features = layer === 'zones' ? JSON.parse((await import('node:fs')).readFileSync('data/zones.geojson', 'utf8')).features : readLayer(layer).features;
      for (const f of features) {
        await atlas.open(`lang=en&feature=${f.properties.id}`);
        const details = atlas.details();
        await details.waitFor({ timeout: 10_000 });
        expect(await details.getByRole('link').getAttribute('href'), f.properties.id).toMatch(/^https?:\/\//);
      }
    }
  }, 180_000);
});
