import { describe, expect, inject, it } from 'vitest';
import area from '@turf/area';
import { offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { atlasSession } from './session';
import { expectedCounts, readLayer, readZones, zoneDistance } from './oracle';

const baseUrl = inject('baseUrl');
const s = atlasSession();

describe('a shared zone link', () => {
  it('opens the Zones tab, frames the zone with its distance, and says what it shows', async () => {
    await s.atlas.open('lang=en&zones=zone-hagastaden&within=1000');
    await s.atlas.waitForMapIdle();
    await expect
      .poll(() => s.atlas.page.getByRole('tab', { name: 'Zones' }).getAttribute('aria-selected'), { timeout: 10_000 })
      .toBe('true');
    await expect
      .poll(() => s.atlas.notices(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('This link shows Hagastaden, with everything within 1 km'));
    // The camera is on the zone (the link had no #zoom/lat/lng): Hagaplan is in view, close up.
    await expect.poll(async () => (await s.atlas.view()).zoom, { timeout: 10_000 }).toBeGreaterThan(12);
    const inView = await s.atlas.page.evaluate(() => window.atlasMap!.getBounds().contains([18.0312, 59.3476]));
    expect(inView).toBe(true);
    expect(await s.atlas.counts()).toHaveProperty('pharma');
    // The 1 km is drawn: a dotted band around the zone (its code loads once a zone is chosen).
    await expect
      .poll(
        () =>
          s.atlas.page.evaluate(() => window.atlasMap!.queryRenderedFeatures({ layers: ['zone-buffer-line'] }).length),
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
  });
});

describe('zone filter', () => {
  it('Hagastaden within 1 km: every count matches turf on the data files', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    await s.atlas.openTab('Zones');
    await s.atlas.chooseZone('zone-hagastaden');
    await s.atlas.setWithin(1000);
    const expected = expectedCounts(['zone-hagastaden'], 1000);
    await expect.poll(() => s.atlas.counts()).toEqual(expected);
    expect(expected.buildings.inside).toBeGreaterThanOrEqual(8);
    expect(expected.pharma.inside).toBeGreaterThanOrEqual(15);
    await expect.poll(() => s.atlas.search()).toContain('zones=zone-hagastaden');
    await s.atlas.screenshot('test-results/zone-hagastaden.png');

    // The copied link reopens the same counts.
    const url = s.atlas.page.url();
    const second = await offlinePage(s.browser);
    await second.page.goto(url);
    const again = new AtlasDriver(second.page, baseUrl);
    await again.openTab('Zones');
    await expect.poll(() => again.counts()).toEqual(expected);
    await second.context.close();
  });

  it('two zones at 2 km, with the outside hidden, from a link', async () => {
    await s.atlas.open('lang=en&zones=zone-flemingsberg,zone-kista&within=2000&outside=hide');
    await s.atlas.openTab('Zones');
    await expect.poll(() => s.atlas.counts()).toEqual(expectedCounts(['zone-flemingsberg', 'zone-kista'], 2000));
  });

  it('a broken link keeps what it can and says what it dropped', async () => {
    await s.atlas.open('lang=en&zones=zone-hagastaden,zone-atlantis&within=banana&lens=P99');
    await s.atlas.openTab('Zones');
    await expect.poll(() => s.atlas.counts()).toEqual(expectedCounts(['zone-hagastaden'], 1000));
    const notices = (await s.atlas.notices()).join('\n');
    expect(notices).toContain('zones=zone-atlantis');
    expect(notices).toContain('within=banana');
    expect(notices).toContain('lens=P99');
  });
});

describe('zone comparison', () => {
  it('matches values computed from the data and marks the best', async () => {
    const ids = ['zone-hagastaden', 'zone-flemingsberg', 'zone-kista'];
    await s.atlas.open(`lang=en&compare=${ids.join(',')}&within=2000`);
    const table = s.atlas.page.getByTestId('compare');
    await table.waitFor();
    const zones = readZones().features;
    const housing = readLayer('student-housing').features;
    const incubators = readLayer('incubators').features;
    for (const id of ids) {
      const zone = zones.find((z) => z.properties.id === id)!;
      const cell = (row: string) => table.locator(`tr[data-row="${row}"] td`).nth(ids.indexOf(id));
      expect(Number(await cell('area').getAttribute('data-value'))).toBeCloseTo(area(zone) / 1e6, 2);
      const units = housing
        .filter((f) => zoneDistance(f.geometry.coordinates as [number, number], zone) <= 2000)
        .reduce((sum, f) => sum + (Number(f.properties.units) || 0), 0);
      expect(Number(await cell('units').getAttribute('data-value')), `${id} units`).toBe(units);
      const inc = incubators.filter(
        (f) => zoneDistance(f.geometry.coordinates as [number, number], zone) <= 2000,
      ).length;
      expect(Number(await cell('within:incubators').getAttribute('data-value')), `${id} incubators`).toBe(inc);
    }
    expect(await table.locator('td.best').count()).toBeGreaterThan(0);
    await s.atlas.screenshot('test-results/compare.png');
  });

  it('exports the table as CSV', async () => {
    await s.atlas.open('lang=en&compare=zone-hagastaden,zone-kista');
    const [download] = await Promise.all([
      s.atlas.page.waitForEvent('download'),
      s.atlas.page.getByTestId('compare-csv').click(),
    ]);
    const path = await download.path();
    const text = (await import('node:fs')).readFileSync(path!, 'utf8');
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFF?Measure,Hagastaden,Kista/);
    expect(text).toContain('Area (km²)');
  });
});

describe('keyboard only', () => {
  it('zone selection, filters and search work without a mouse', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    const page = s.atlas.page;
    // Search: type, arrow down, Enter → details open.
    await page.getByTestId('search').focus();
    await page.keyboard.type('sodertorn');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect.poll(() => s.atlas.details().locator('h3').innerText()).toMatch(/Södertörn/);
    // Tabs: arrow keys move between them.
    await page.getByRole('tab', { name: 'Details' }).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByRole('tab', { name: 'Zones' }).getAttribute('aria-selected')).toBe('true');
    // Zone checkbox by keyboard.
    await page.locator('input[data-zone="zone-hagastaden"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => s.atlas.search()).toContain('zones=zone-hagastaden');
    // The distance slider by keyboard.
    await page.getByTestId('within').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => s.atlas.search()).toContain('within=1100');
    // An attribute filter by keyboard.
    await page.getByRole('tab', { name: 'Zones' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.locator('input[data-filter="role:hq"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => s.atlas.search()).toContain('role=hq');
  });
});
