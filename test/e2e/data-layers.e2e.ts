import { describe, expect, it } from 'vitest';
import { atlasSession } from './session';
import { LAYERS, readLayer, readLayerToday } from './oracle';

const s = atlasSession();

describe('the data layers', () => {
  it('draw every layer from the files, offline', async () => {
    await s.atlas.open('lang=en', '9/59.4/17.95');
    await s.atlas.waitForMapIdle();
    for (const layer of LAYERS) {
      const expected = readLayerToday(layer).features.length;
      const legendCount = await s.atlas.page
        .locator(`[data-testid="legend"] li:has(input[data-layer="${layer}"]) .legend-count [aria-hidden]`)
        .innerText();
      expect(Number(legendCount), layer).toBe(expected);
    }
    await s.atlas.page.evaluate(() => window.atlasMap!.jumpTo({ center: [18.03, 59.349], zoom: 14 }));
    await s.atlas.waitForMapIdle();
    expect((await s.atlas.renderedPlaceIds('buildings')).length).toBeGreaterThanOrEqual(8);
    await s.atlas.screenshot('test-results/hagastaden-layers.png');
  });

  it('a legend entry toggles its layer, and the link remembers it', async () => {
    await s.atlas.open('lang=en', '12/59.35/18.03');
    await s.atlas.waitForMapIdle();
    await s.atlas.legendToggle('pharma').uncheck();
    // The places layer draws every dataset: hiding one restyles its tiles, so wait for them.
    await s.atlas.waitForMapIdle();
    await expect.poll(() => s.atlas.placesShown('pharma'), { timeout: 15_000 }).toBe(false);
    expect(await s.atlas.layerVisibility('pharma-label')).toBe('none');
    await expect.poll(() => s.atlas.search()).toContain('layers=');
    expect(await s.atlas.search()).not.toContain('pharma');
    await s.atlas.page.reload();
    await s.atlas.waitForMapIdle();
    expect(await s.atlas.legendToggle('pharma').isChecked()).toBe(false);
    expect(await s.atlas.placesShown('pharma')).toBe(false);
    expect(await s.atlas.layerVisibility('pharma-label')).toBe('none');
    await s.atlas.legendToggle('pharma').check();
    await s.atlas.waitForMapIdle();
    await expect.poll(() => s.atlas.placesShown('pharma'), { timeout: 15_000 }).toBe(true);
    expect(await s.atlas.layerVisibility('pharma-label')).toBe('visible');
  });

  it('clicking a place opens its details with a working source link', async () => {
    const hospital = readLayer('hospitals').features.find((f) => f.properties.id === 'hos-karolinska-solna')!;
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    const [lng, lat] = hospital.geometry.coordinates;
    await s.atlas.clickPlace(lng, lat);
    const details = s.atlas.details();
    await details.waitFor();
    const name = String(hospital.properties.name_en ?? hospital.properties.name);
    await expect.poll(() => details.locator('h3').innerText()).toBe(name);
    const link = details.getByRole('link');
    expect(await link.getAttribute('href')).toBe(hospital.properties.source);
    expect(await details.innerText()).toContain(String(hospital.properties.checked));
    expect(await details.innerText()).toContain('P5');
    await expect.poll(() => s.atlas.search()).toContain('feature=hos-karolinska-solna');
    await s.atlas.screenshot('test-results/details.png');
    await s.atlas.chooseLanguage('sv');
    await expect.poll(() => details.locator('h3').innerText()).toBe(String(hospital.properties.name));
    expect(await details.innerText()).toContain('Källa');
  });

  // Every feature's details are checked in jsdom (DetailsPanel.test.tsx); here one per layer
  // through a real link, so the link → data → panel path is proven in the browser.
  it('a link opens the details of a place in every layer and of a zone', async () => {
    for (const layer of [...LAYERS, 'zones']) {
      const features =
        layer === 'zones'
          ? JSON.parse((await import('node:fs')).readFileSync('data/zones.geojson', 'utf8')).features
          : readLayer(layer).features;
      const f = features[Math.floor(features.length / 2)];
      await s.atlas.open(`lang=en&feature=${f.properties.id}`);
      const details = s.atlas.details();
      await details.waitFor({ timeout: 10_000 });
      expect(await details.locator('p.source a').first().getAttribute('href'), f.properties.id).toBe(
        f.properties.source,
      );
      // A year from another page names that page too.
      if (f.properties.since_source)
        expect(await details.getByTestId('details-timeline').locator('a').first().getAttribute('href')).toBe(
          f.properties.since_source,
        );
    }
  }, 120_000);
});
