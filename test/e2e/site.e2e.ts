import { describe, expect, it } from 'vitest';
import distance from '@turf/distance';
import { atlasSession } from './session';
import { readLayer } from './oracle';

const s = atlasSession();

const HAGASTADEN_SITE: [number, number] = [18.0305, 59.3478]; // Hagaplan, by Forskaren

describe('the Site tab: a candidate site and what is near it', () => {
  it('a site in Hagastaden lists KI Campus Solna among the universities, at the distance from the data', async () => {
    await s.atlas.open(
      `lang=en&site=${HAGASTADEN_SITE[1]},${HAGASTADEN_SITE[0]}`,
      `14/${HAGASTADEN_SITE[1]}/${HAGASTADEN_SITE[0]}`,
    );
    await s.atlas.waitForMapIdle();
    const ki = readLayer('universities').features.find((f) => f.properties.id === 'uni-ki-solna')!;
    const expected = distance(HAGASTADEN_SITE, ki.geometry.coordinates, { units: 'meters' });
    const item = s.atlas.page.locator('[data-testid="site-universities"] li[data-id="uni-ki-solna"]');
    await item.waitFor();
    expect(Number(await item.getAttribute('data-metres'))).toBeCloseTo(expected, 0);
    expect(await s.atlas.page.getByTestId('site-profile').innerText()).toContain('Inside the zone Hagastaden');
    // The rings are drawn around the site.
    await expect.poll(async () => new Set(await s.atlas.renderedRingLabels()).size).toBeGreaterThanOrEqual(3);
    await s.atlas.screenshot('test-results/site-hagastaden.png');
  });

  it('places a site by keyboard alone: arrow keys move the map under the crosshair, Enter drops it', async () => {
    await s.atlas.open('lang=en', '13/59.35/18.03');
    await s.atlas.waitForMapIdle();
    await s.atlas.openTab('Site');
    await s.atlas.page.getByTestId('place-keyboard').focus();
    await s.atlas.page.keyboard.press('Enter');
    const before = await s.atlas.view();
    for (let i = 0; i < 3; i++) await s.atlas.page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await s.atlas.view()).lng).toBeGreaterThan(before.lng);
    await s.atlas.waitForMapIdle();
    const centre = await s.atlas.view();
    await s.atlas.page.keyboard.press('Enter');
    await expect.poll(() => s.atlas.search()).toMatch(/sites=59\.\d+,18\.\d+/);
    const [lat, lng] = decodeURIComponent((await s.atlas.search()).match(/sites=([^&]+)/)![1])
      .split(',')
      .map(Number);
    expect(lat).toBeCloseTo(centre.lat, 4);
    expect(lng).toBeCloseTo(centre.lng, 4);
  });

  it('a link with three sites reopens the comparison, exportable as CSV', async () => {
    await s.atlas.open('lang=en&sites=59.3478,18.0305;59.2195,17.941;59.403,17.945');
    const table = s.atlas.page.getByTestId('site-table');
    await table.waitFor();
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Measure', 'Site A', 'Site B', 'Site C']);
    const [download] = await Promise.all([
      s.atlas.page.waitForEvent('download'),
      s.atlas.page.getByTestId('site-csv').click(),
    ]);
    const text = (await import('node:fs')).readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('Site A,Site B,Site C');
    await s.atlas.screenshot('test-results/site-compare.png');
  });

  it('drops malformed site values with a notice and keeps the good ones', async () => {
    await s.atlas.open('lang=en&sites=59.3478,18.0305;banana;18.03,59.35');
    await s.atlas.page.getByTestId('site-profile').waitFor();
    const notices = (await s.atlas.notices()).join('\n');
    expect(notices).toContain('sites=banana');
    expect(notices).toContain('sites=18.03,59.35');
    await expect.poll(() => s.atlas.search()).toContain('sites=59.3478,18.0305');
  });

  it('prints a one-page summary with a small map per site', async () => {
    await s.atlas.open('lang=en&sites=59.3478,18.0305;59.2195,17.941');
    await s.atlas.page.getByTestId('site-table').waitFor();
    await s.atlas.page.emulateMedia({ media: 'print' });
    expect(await s.atlas.page.locator('.print-maps svg.mini-map').count()).toBe(2);
    expect(await s.atlas.page.locator('.print-maps').isVisible()).toBe(true);
    const pdf = await s.atlas.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await s.atlas.page.emulateMedia({ media: 'screen' });
  });
});
