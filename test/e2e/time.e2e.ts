import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { atlasSession } from './session';

// The cluster over time (#18), checked against the data files read here, not the app's code.
mkdirSync('test-results/time', { recursive: true });
const s = atlasSession();
const NOW = new Date().getFullYear();
const files = Object.fromEntries(
  readdirSync('data')
    .filter((n) => n.endsWith('.geojson') && n !== 'zones.geojson')
    .map((n) => [n.replace('.geojson', ''), JSON.parse(readFileSync(`data/${n}`, 'utf8')).features]),
);
const hagastaden = JSON.parse(readFileSync('data/zones.geojson', 'utf8')).features.find(
  (z: { properties: { id: string } }) => z.properties.id === 'zone-hagastaden',
);

interface P {
  id: string;
  since?: number;
  since_kind?: string;
  until?: number;
}
/** The oracle: is a place on the map in `year`? (Unknown years are shown; plans from now on.) */
function shown(p: P, year: number): boolean {
  if (p.until !== undefined && p.until <= year) return false;
  if (p.since === undefined || (p.since_kind === 'planned' && p.since < NOW)) return true;
  if (p.since <= year) return true;
  return p.since_kind === 'planned' && year >= NOW;
}
const layerOf: Record<string, string> = {
  'research-infrastructure': 'research-infrastructure',
  'student-housing': 'student-housing',
};
function insideAt(year: number): Record<string, number> {
  return Object.fromEntries(
    Object.entries(files).map(([file, features]) => [
      layerOf[file] ?? file,
      (features as { geometry: { coordinates: number[] }; properties: P }[]).filter(
        (f) => booleanPointInPolygon(f.geometry.coordinates, hagastaden) && shown(f.properties, year),
      ).length,
    ]),
  );
}

describe('the cluster over time', () => {
  it('?year=2015 shows fewer places in Hagastaden than ?year=2026, and the counts equal those from the files’ years', async () => {
    const inside: Record<number, number> = {};
    for (const year of [2015, 2026]) {
      await s.atlas.open(`lang=en&zones=zone-hagastaden&year=${year}&tab=zones`);
      await s.atlas.waitForMapIdle();
      await s.atlas.page.getByTestId('counts').waitFor();
      await expect.poll(() => s.atlas.page.getByTestId('time-year').innerText()).toContain(String(year));
      const counts = await s.atlas.counts();
      const expected = insideAt(year);
      for (const [layer, c] of Object.entries(counts)) expect(c.inside, `${layer} ${year}`).toBe(expected[layer]);
      inside[year] = Object.values(counts).reduce((n, c) => n + c.inside, 0);
      await s.atlas.screenshot(`test-results/time/hagastaden-${year}.png`);
    }
    expect(inside[2015]).toBeLessThan(inside[2026]);
  }, 90_000);

  it('play steps the years, one by one, and the year travels in the link', async () => {
    await s.atlas.open('lang=en&year=2010', '12/59.345/18.03');
    await s.atlas.waitForMapIdle();
    await s.atlas.page.getByTestId('time-play').click();
    await expect.poll(() => s.atlas.page.getByTestId('time-year').innerText(), { timeout: 10_000 }).toContain('2011');
    await expect.poll(() => s.atlas.page.getByTestId('time-year').innerText(), { timeout: 10_000 }).toContain('2012');
    await expect.poll(() => s.atlas.search()).toMatch(/year=201[2-9]/);
    await s.atlas.page.getByTestId('time-play').click();
    // Keyboard: the slider takes arrow keys.
    const before = Number((await s.atlas.page.getByTestId('time-year').innerText()).slice(0, 4));
    await s.atlas.page.getByTestId('time-slider').focus();
    await s.atlas.page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => Number((await s.atlas.page.getByTestId('time-year').innerText()).slice(0, 4)))
      .toBe(before + 1);
  }, 60_000);

  it('the planned metro station shows as planned before its year, and not in years before the plan is known', async () => {
    const station = files.transit.find((f: { properties: P }) => f.properties.id === 'tra-hagastaden');
    expect(station.properties).toMatchObject({ since_kind: 'planned' });
    const opens = station.properties.since as number;
    expect(opens).toBeGreaterThan(NOW);
    const [lng, lat] = station.geometry.coordinates;
    for (const [year, expected] of [
      [NOW, true],
      [opens, true],
      [2015, false],
    ] as const) {
      await s.atlas.open(`lang=en&year=${year}`, `15/${lat}/${lng}`);
      await s.atlas.waitForMapIdle();
      const ids = await s.atlas.renderedPlaceIds('transit');
      expect(ids.includes('tra-hagastaden'), String(year)).toBe(expected);
    }
  }, 60_000);

  it('the zone panel charts growth per year, with a table that matches the files and the published series beside it', async () => {
    await s.atlas.open('lang=sv&zones=zone-hagastaden&tab=zones');
    await s.atlas.waitForMapIdle();
    const growth = s.atlas.page.getByTestId('zone-growth');
    await growth.waitFor();
    expect(await s.atlas.page.getByTestId('growth-published').innerText()).toContain('2019');
    const companies2020 = await growth.locator('tr[data-year="2020"] td').nth(1).textContent();
    const oracle = (files.pharma as { geometry: { coordinates: number[] }; properties: P }[]).filter((f) => {
      const p = f.properties;
      const known = p.since !== undefined && !(p.since_kind === 'planned' && p.since < NOW);
      return (
        booleanPointInPolygon(f.geometry.coordinates, hagastaden) &&
        known &&
        p.since! <= 2020 &&
        (p.until === undefined || p.until > 2020)
      );
    }).length;
    expect(Number(companies2020)).toBe(oracle);
    await growth.screenshot({ path: 'test-results/time/growth-sv.png' });
  }, 60_000);
});

describe('a story scene over time', () => {
  it('the Hagastaden scene plays its years from the first to the last, and leaving the story shows today again', async () => {
    const story = JSON.parse(readFileSync('data/stories/stockholm-life-science-hub.json', 'utf8'));
    const index = story.scenes.findIndex((sc: { years?: number[] }) => sc.years?.length === 2);
    expect(index).toBeGreaterThanOrEqual(0);
    const [from, to] = story.scenes[index].years;
    await s.atlas.open(`lang=en&story=${story.id}&scene=${index + 1}`);
    const year = s.atlas.page.getByTestId('time-year');
    await year.waitFor();
    const first = Number((await year.innerText()).slice(0, 4));
    expect(first).toBeGreaterThanOrEqual(from);
    await expect
      .poll(async () => Number((await year.innerText()).slice(0, 4)), { timeout: 10_000 })
      .toBeGreaterThan(first);
    await s.atlas.page.keyboard.press('Escape');
    await expect.poll(() => s.atlas.page.getByTestId('time-control').count()).toBe(0);
    expect(to).toBeGreaterThan(from);
  }, 60_000);
});
