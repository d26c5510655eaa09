import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import distance from '@turf/distance';
import { launch, offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { readLayer } from './oracle';

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

const HAGASTADEN_SITE: [number, number] = [18.0305, 59.3478]; // Hagaplan, by Forskaren

describe('location explorer', () => {
  it('a site in Hagastaden lists KI Campus Solna among the universities, at the distance from the data', async () => {
    await atlas.open(`lang=en&site=${HAGASTADEN_SITE[1]},${HAGASTADEN_SITE[0]}`, `14/${HAGASTADEN_SITE[1]}/${HAGASTADEN_SITE[0]}`);
    await atlas.waitForMapIdle();
    const ki = readLayer('universities').features.find((f) => f.properties.id === 'uni-ki-solna')!;
    const expected = distance(HAGASTADEN_SITE, ki.geometry.coordinates, { units: 'meters' });
    const item = atlas.page.locator('[data-testid="site-universities"] li[data-id="uni-ki-solna"]');
    await item.waitFor();
    expect(Number(await item.getAttribute('data-metres'))).toBeCloseTo(expected, 0);
    expect(await atlas.page.getByTestId('site-profile').innerText()).toContain('Inside the zone Hagastaden');
    // The rings are drawn around the site.
    await expect.poll(async () => new Set(await atlas.renderedRingLabels()).size).toBeGreaterThanOrEqual(3);
    await atlas.screenshot('test-results/site-hagastaden.png');
  });

  it('places a site by keyboard alone: arrow keys move the map under the crosshair, Enter drops it', async () => {
    await atlas.open('lang=en', '13/59.35/18.03');
    await atlas.waitForMapIdle();
    await atlas.openTab('Site');
    await atlas.page.getByTestId('place-keyboard').focus();
    await atlas.page.keyboard.press('Enter');
    const before = await atlas.view();
    for (let i = 0; i < 3; i++) await atlas.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await atlas.view()).lng).toBeGreaterThan(before.lng);
    await atlas.waitForMapIdle();
    const centre = await atlas.view();
    await atlas.page.keyboard.press('Enter');
    await expect.poll(() => atlas.search()).toMatch(/sites=59\.\d+,18\.\d+/);
    const [lat, lng] = decodeURIComponent((await atlas.search()).match(/sites=([^&]+)/)![1]).split(',').map(Number);
    expect(lat).toBeCloseTo(centre.lat, 4);
    expect(lng).toBeCloseTo(centre.lng, 4);
  });

  it('a link with three sites reopens the comparison, exportable as CSV', async () => {
    await atlas.open('lang=en&sites=59.3478,18.0305;59.2195,17.941;59.403,17.945');
    const table = atlas.page.getByTestId('site-table');
    await table.waitFor();
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Measure', 'Site A', 'Site B', 'Site C']);
    const [download] = await Promise.all([atlas.page.waitForEvent('download'), atlas.page.getByTestId('site-csv').click()]);
    const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Site A,Site B,Site C');
    await atlas.screenshot('test-results/site-compare.png');
  });

  it('drops malformed site values with a notice and keeps the good ones', async () => {
    await atlas.open('lang=en&sites=59.3478,18.0305;banana;18.03,59.35');
    await atlas.page.getByTestId('site-profile').waitFor();
    const notices = (await atlas.notices()).join('\n');
    expect(notices).toContain('sites=banana');
    expect(notices).toContain('sites=18.03,59.35');
    await expect.poll(() => atlas.search()).toContain('sites=59.3478,18.0305');
  });

  it('prints a one-page summary with a small map per site', async () => {
    await atlas.open('lang=en&sites=59.3478,18.0305;59.2195,17.941');
    await atlas.page.getByTestId('site-table').waitFor();
    await atlas.page.emulateMedia({ media: 'print' });
    expect(await atlas.page.locator('.print-maps svg.mini-map').count()).toBe(2);
    expect(await atlas.page.locator('.print-maps').isVisible()).toBe(true);
    const pdf = await atlas.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await atlas.page.emulateMedia({ media: 'screen' });
  });
});
