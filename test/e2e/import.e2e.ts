import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { atlasSession } from './session';
import { readZones, zoneDistance } from './oracle';

const FILE = 'test/fixtures/e2e/lab-premises.csv';
const s = atlasSession();

/** The fixture's points, read the plain way, for the expected counts. */
const points = readFileSync(FILE, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(';'))
  .map(([, lat, lon]) => [Number(lon.replace(',', '.')), Number(lat.replace(',', '.'))] as [number, number]);
const expected = (zoneId: string, within: number) => {
  const zone = readZones().features.find((z) => z.properties.id === zoneId)!;
  const d = points.map((p) => zoneDistance(p, zone));
  return { inside: d.filter((x) => x === 0).length, within: d.filter((x) => x <= within).length, total: points.length };
};

beforeAll(() => {
  mkdirSync('test-results', { recursive: true });
});

describe("planners' own layers", () => {
  it('a CSV becomes a layer counted in the Hagastaden panel and the comparison, and survives a reload', async () => {
    await s.atlas.open('lang=en&zones=zone-hagastaden&within=1000', '12/59.35/18.03');
    await s.atlas.waitForMapIdle();
    // A zone link opens the Zones tab; own layers are imported from the Layers tab.
    await s.atlas.openTab('Layers');
    await s.atlas.page.getByTestId('import-file').setInputFiles(FILE);
    const review = s.atlas.page.getByTestId('import-review');
    await review.waitFor();
    expect(await review.innerText()).toContain('9 of 9');
    await s.atlas.page.getByTestId('import-name').fill('Lab premises');
    await s.atlas.page.getByTestId('import-confirm').click();
    await s.atlas.openTab('Zones');
    const row = () => s.atlas.counts().then((c) => c[Object.keys(c).find((k) => k.startsWith('user-'))!]);
    await expect.poll(row).toEqual(expected('zone-hagastaden', 1000));
    await s.atlas.screenshot('test-results/import-hagastaden.png');

    await s.atlas.open('lang=en&compare=zone-hagastaden,zone-flemingsberg,zone-kista&within=2000');
    const table = s.atlas.page.getByTestId('compare');
    await table.waitFor();
    const cells = table.locator('tr[data-row^="within:user-"] td');
    await expect
      .poll(() => cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-value'))))
      .toEqual(['zone-hagastaden', 'zone-flemingsberg', 'zone-kista'].map((z) => String(expected(z, 2000).within)));
  });

  it('a click on an own cluster zooms in; a click on an own point shows its properties', async () => {
    await s.atlas.open('lang=en', '10/59.3/18.0');
    await s.atlas.waitForMapIdle();
    const clusters = () =>
      s.atlas.page.evaluate(() =>
        window
          .atlasMap!.queryRenderedFeatures()
          .filter((f) => f.layer.id.endsWith('-cluster'))
          .map((f) => (f.geometry as GeoJSON.Point).coordinates),
      );
    await expect.poll(async () => (await clusters()).length).toBeGreaterThan(0);
    // The Bromma labs: a cluster with no atlas symbol within 2 km of it.
    const [lng, lat] = (await clusters()).sort(
      (a, b) => Math.hypot(a[0] - 17.935, a[1] - 59.345) - Math.hypot(b[0] - 17.935, b[1] - 59.345),
    )[0];
    const before = (await s.atlas.view()).zoom;
    const box = (await s.atlas.page.locator('.maplibregl-canvas').boundingBox())!;
    const p = await s.atlas.page.evaluate(([x, y]) => window.atlasMap!.project([x, y]), [lng, lat] as const);
    await s.atlas.page.mouse.click(box.x + p.x, box.y + p.y);
    await expect.poll(async () => (await s.atlas.view()).zoom).toBeGreaterThan(before + 0.5);

    // The lab in Flemingsberg stands alone (over 300 m from any atlas place): click it at street zoom.
    await s.atlas.clickPlace(17.9485, 59.2235);
    const own = s.atlas.page.getByTestId('own-details');
    await own.waitFor();
    expect(await own.innerText()).toContain('Lab i Flemingsberg');
    expect(await own.innerText()).toContain('yta_m2');
  });

  it('refuses a duplicate layer name until it is changed', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.page.getByTestId('import-file').setInputFiles(FILE);
    await s.atlas.page.getByTestId('import-name').fill('lab premises');
    await expect
      .poll(() => s.atlas.page.getByRole('alert').allInnerTexts())
      .toContainEqual(expect.stringContaining('already a layer called "lab premises"'));
    expect(await s.atlas.page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await s.atlas.page.getByTestId('import-name').fill('Student housing');
    expect(await s.atlas.page.getByTestId('import-confirm').isDisabled()).toBe(true);
    await s.atlas.page.getByTestId('import-name').fill('Lab premises 2027');
    expect(await s.atlas.page.getByTestId('import-confirm').isDisabled()).toBe(false);
    await s.atlas.page.getByRole('button', { name: 'Cancel' }).click();
  });

  it('says a link cannot carry a private layer', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await s.atlas.page.getByTestId('copy-link').click();
    await expect.poll(() => s.atlas.notices()).toContainEqual(expect.stringContaining('own layers do not travel'));
  });

  it('a broken file gets a precise message and the existing layers stay', async () => {
    writeFileSync('test-results/broken.geojson', '{"type": "FeatureCollection", "features": [');
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    const before = await s.atlas.page.locator('.user-layer-row').count();
    await s.atlas.page.getByTestId('import-file').setInputFiles('test-results/broken.geojson');
    await expect
      .poll(() => s.atlas.notices())
      .toContainEqual(expect.stringContaining('broken.geojson could not be imported'));
    expect(await s.atlas.page.locator('.user-layer-row').count()).toBe(before);
    expect(await s.atlas.legendToggle('pharma').isChecked()).toBe(true);

    // A partly bad CSV: the bad line is named, the good rows can be kept.
    writeFileSync(
      'test-results/partly-bad.csv',
      'name,lat,lon\nGood,59.35,18.03\nBad,59.3x,18.03\nOutside,55.6,13.0\n',
    );
    await s.atlas.page.getByTestId('import-file').setInputFiles('test-results/partly-bad.csv');
    const problems = s.atlas.page.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.innerText()).toMatch(/Line 3, column lat/);
    expect(await s.atlas.page.getByTestId('import-confirm').innerText()).toContain('Import the 1 valid');
  });

  it('removing a layer removes it for good', async () => {
    await s.atlas.open('lang=en');
    const rows = s.atlas.page.locator('.user-layer-row');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    // Two layers at least, so that "one left after the reload" cannot pass by an empty list.
    await s.atlas.page.getByTestId('import-file').setInputFiles(FILE);
    await s.atlas.page.getByTestId('import-name').fill('Second copy');
    await s.atlas.page.getByTestId('import-confirm').click();
    await expect.poll(() => rows.count()).toBeGreaterThan(1);
    await s.atlas.page.waitForTimeout(500);
    const n = await rows.count();
    await rows.first().getByRole('button').click();
    await expect.poll(() => rows.count()).toBe(n - 1);
    // The delete reaches IndexedDB a moment after the list updates; a reload after that keeps it gone.
    await s.atlas.page.waitForTimeout(500);
    await s.atlas.page.reload();
    await expect.poll(() => rows.count()).toBe(n - 1);
    await s.atlas.page.waitForTimeout(500);
    expect(await rows.count()).toBe(n - 1);
  });
});
