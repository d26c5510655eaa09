import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { atlasSession } from './session';

// The city on the offline map: rail, stations, stops, districts, credits, and what the site
// profile and search make of them. Every non-loopback request is refused (atlasSession).
const s = atlasSession();

describe('the city on the offline map', () => {
  it('draws SL’s rail lines in their colours and names stations at city zoom', async () => {
    await s.atlas.open('lang=en', '13/59.335/18.05');
    await s.atlas.waitForMapIdle();
    const rail = await s.atlas.renderedProps('basemap-rail-line');
    const lines = new Set(rail.map((p) => p.id));
    for (const id of ['metro-green', 'metro-red', 'metro-blue', 'pendeltag']) expect(lines, id).toContain(id);
    expect(rail.find((p) => p.id === 'metro-blue')?.colour).toBe('#007db8');
    const stations = (await s.atlas.renderedProps('basemap-station-label')).map((p) => p.name);
    expect(stations).toEqual(expect.arrayContaining(['Hötorget', 'Kungsträdgården', 'Rådhuset']));
    // Districts are named from the city's data.
    // Which names win a collision varies with the places on top; that several are named, and
    // all from the city's list of districts, does not.
    const districts = (await s.atlas.renderedProps('basemap-district-label')).map((p) => String(p.name));
    const known = JSON.parse(readFileSync('basemap-src/opendata/stockholm-stadsdelar.geojson', 'utf8')).features.map(
      (f: { properties: { name: string } }) => f.properties.name,
    );
    expect(districts.length, districts.join()).toBeGreaterThanOrEqual(4);
    for (const d of districts) expect(known).toContain(d);
    expect(districts).toContain('Norrmalm');
    // The planned metro line to Hagastaden is drawn as planned, with its year.
    await s.atlas.open('lang=en', '14/59.3476/18.033');
    await s.atlas.waitForMapIdle();
    expect((await s.atlas.renderedProps('basemap-planned-line')).map((p) => [p.status, p.opens])).toContainEqual([
      'planned',
      2028,
    ]);
  });

  it('shows bus and tram stops only at street zoom, loading them when first needed', async () => {
    await s.atlas.open('lang=en', '12/59.3476/18.033');
    await s.atlas.waitForMapIdle();
    expect(await s.atlas.renderedProps('basemap-stop-dot')).toEqual([]);
    await s.atlas.open('lang=en', '15.5/59.3476/18.033');
    await s.atlas.waitForMapIdle();
    await expect
      .poll(async () => (await s.atlas.renderedProps('basemap-stop-dot')).length, { timeout: 15_000 })
      .toBeGreaterThan(3);
  });

  it('credits every source, in the UI language', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    const en = await s.atlas.attribution();
    for (const credit of [
      'Stockholms stad',
      '© OpenStreetMap contributors',
      'GSHHG 2.3.7',
      'Trafiklab.se',
      'CC BY 4.0',
      'SCB',
    ])
      expect(en).toContain(credit);
    await s.atlas.chooseLanguage('sv');
    await expect.poll(() => s.atlas.attribution(), { timeout: 10_000 }).toContain('© OpenStreetMap-bidragsgivare');
    const sv = await s.atlas.attribution();
    for (const credit of ['Vatten och stadsdelar', 'Källa: SCB', 'sammanställt av A. Bjarby'])
      expect(sv).toContain(credit);
  });

  it('gives a site at Hagaplan a station in service as nearest, and the 2028 station apart', async () => {
    await s.atlas.open('lang=en&site=59.3476,18.0312', '14/59.3476/18.0312');
    await s.atlas.openTab('Site');
    await expect.poll(async () => (await s.atlas.siteTransit()).stop, { timeout: 15_000 }).toMatch(/\d+ m/);
    const transit = await s.atlas.siteTransit();
    expect(transit.stations).toHaveLength(3);
    for (const st of transit.stations) expect(st).not.toMatch(/Hagastaden/);
    expect(transit.planned.join(' ')).toMatch(/Hagastaden[\s\S]*opens 2028/);
    // Walking times only up to about 3 km; a station 1.3 km away still gets one.
    for (const st of transit.stations) expect(st).toMatch(/min walk/);
  });

  it('search finds a station and a district, and drops a site on a station while placing', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    await s.atlas.searchAndChoose('Vasastaden');
    await expect.poll(async () => (await s.atlas.view()).zoom, { timeout: 10_000 }).toBeGreaterThan(12);
    await s.atlas.openTab('Site');
    await s.atlas.page.getByTestId('place-click').click();
    await s.atlas.searchAndChoose('Rådmansgatan');
    await expect.poll(() => s.atlas.search(), { timeout: 10_000 }).toMatch(/sites?=59\.34\d*,18\.05\d*/);
  });
});
