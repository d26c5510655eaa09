import { describe, expect, inject, it } from 'vitest';
import { readFileSync, mkdirSync } from 'node:fs';
import { launch, offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { browserSession } from './session';

interface ProbePoint {
  id: string;
  lat: number;
  lng: number;
  expected: 'water' | 'land';
  view: 'city' | 'region' | 'wide';
  what: string;
}
// Points chosen from the built water (≥ 150 m from a shore in the city, ≥ 500 m–1 km in the
// region), checked against the polygons by scripts/basemap/check_points.py.
const probes: ProbePoint[] = JSON.parse(readFileSync('public/basemap/probe-points.json', 'utf8')).points;
const LAND = [0xf3, 0xf1, 0xec];
const WATER = [0xc6, 0xda, 0xe6];
// One camera per kind of probe: the city ones need city zoom (150 m is 25 px at zoom 14).
const VIEWS = {
  city: { center: [18.03, 59.34], zoom: 11.8 },
  region: { center: [18.0, 59.5], zoom: 8 },
  wide: { center: [16.2, 59.45], zoom: 9 },
} as const;
const near = (a: number[], b: number[]) => a.every((v, i) => Math.abs(v - b[i]) <= 6);

mkdirSync('test-results', { recursive: true });
const baseUrl = inject('baseUrl');
const shared = browserSession();

describe('the atlas offline', () => {
  it('draws the embedded basemap with no network: land and water where they are', async () => {
    const { page, context, blocked, errors } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en', '9/59.45/17.95');
    await atlas.waitForMapIdle();
    await atlas.screenshot('test-results/region.png');
    // Labels, zones, rail, borders and symbols would tint a probe pixel; this test is about the fills.
    await page.evaluate(() => {
      const map = window.atlasMap!;
      for (const l of map.getStyle().layers) {
        if (l.id !== 'basemap-land' && l.id !== 'basemap-water-fill') map.setLayoutProperty(l.id, 'visibility', 'none');
      }
    });
    for (const [view, camera] of Object.entries(VIEWS)) {
      await page.evaluate((c) => window.atlasMap!.jumpTo(c as never), camera);
      await atlas.waitForMapIdle();
      for (const p of probes.filter((x) => x.view === view)) {
        const rgb = await atlas.pixelAt(p.lng, p.lat);
        const ok = p.expected === 'land' ? near(rgb, LAND) : near(rgb, WATER);
        expect(ok, `${p.id} (${p.lat}, ${p.lng}) should be ${p.expected}, got rgb(${rgb.join(',')})`).toBe(true);
      }
    }
    // Nothing the atlas needs came from outside; a blocked request must not have been needed.
    expect(errors).toEqual([]);
    expect(blocked.filter((u) => !u.startsWith('https://tiles.openfreemap.org'))).toEqual([]);
    await context.close();
  });

  it('shows the attribution for the shorelines and the scale bar', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en');
    await atlas.waitForMapIdle();
    await expect.poll(() => atlas.text('.maplibregl-ctrl-attrib')).toContain('GSHHG');
    expect(await page.locator('.maplibregl-ctrl-scale').count()).toBe(1);
    expect(await page.getByTestId('basemap-indicator').innerText()).toMatch(/Embedded/);
    await context.close();
  });
});

describe('the view in the URL', () => {
  it('opens exactly the view in #zoom/lat/lng', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en', '11/59.35/18.05');
    await atlas.waitForMapIdle();
    const v = await atlas.view();
    expect(v.zoom).toBeCloseTo(11, 5);
    expect(v.lat).toBeCloseTo(59.35, 4);
    expect(v.lng).toBeCloseTo(18.05, 4);
    await atlas.screenshot('test-results/central-stockholm.png');
    await context.close();
  });

  it('writes the hash when the map moves, and the written link reopens the same view', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=sv', '10/59.3/18.0');
    await atlas.waitForMapIdle();
    await atlas.pan(200, -120);
    await expect.poll(() => atlas.hash()).not.toBe('#10/59.3/18');
    const hash = await atlas.hash();
    expect(hash).toMatch(/^#10\/59\.\d+\/18\.\d+$/);
    const before = await atlas.view();
    expect(await atlas.search()).toBe('?lang=sv');

    const second = await offlinePage(shared.browser);
    const again = new AtlasDriver(second.page, baseUrl);
    await again.open('lang=sv', hash);
    await again.waitForMapIdle();
    const after = await again.view();
    expect(after.lat).toBeCloseTo(before.lat, 3);
    expect(after.lng).toBeCloseTo(before.lng, 3);
    expect(after.zoom).toBeCloseTo(before.zoom, 2);
    await second.context.close();
    await context.close();
  });
});

describe('the shell', () => {
  it('switches the UI between English and Swedish and keeps it in the link', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en');
    await atlas.waitForMapIdle();
    const enLabel = await page.locator('#layers-title').innerText();
    expect(enLabel).toBe('LAYERS');
    await atlas.chooseLanguage('sv');
    await expect.poll(() => page.locator('#layers-title').innerText()).toBe('LAGER');
    expect(await page.getByTestId('basemap-indicator').innerText()).toMatch(/Inbäddad/);
    await expect.poll(() => atlas.search()).toBe('?lang=sv');
    expect(await page.locator('html .app').getAttribute('lang')).toBe('sv');
    await context.close();
  });

  it('collapses and reopens the side panel', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en');
    const toggle = page.getByRole('button', { name: 'Hide panel' });
    await toggle.click();
    await expect.poll(() => page.locator('#side-panel').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Show panel' }).click();
    await expect.poll(() => page.locator('#side-panel').isVisible()).toBe(true);
    await context.close();
  });

  it('drops a malformed link value with a notice and keeps the rest', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=sv&basemap=<script>&bogus=1');
    await atlas.waitForMapIdle();
    const notices = await atlas.notices();
    expect(notices.join('\n')).toContain('basemap=<script>');
    expect(notices.join('\n')).toContain('bogus=1');
    expect(await page.locator('#layers-title').innerText()).toBe('LAGER');
    await context.close();
  });

  it('falls back to the embedded basemap, and says so, when the street map cannot be reached', async () => {
    const { page, context } = await offlinePage(shared.browser);
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en');
    await atlas.waitForMapIdle();
    await page.getByTestId('basemap-select').selectOption('online');
    await expect
      .poll(() => atlas.notices(), { timeout: 10_000 })
      .toContainEqual(expect.stringContaining('could not be reached'));
    expect(await page.getByTestId('basemap-indicator').innerText()).toMatch(/Embedded/);
    expect(await page.getByTestId('basemap-select').inputValue()).toBe('embedded');
    await context.close();
  });

  it('works on a tablet in portrait', async () => {
    const { page, context } = await offlinePage(shared.browser, { width: 768, height: 1024 });
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en');
    await atlas.waitForMapIdle();
    await atlas.screenshot('test-results/tablet.png');
    const box = await page.locator('.maplibregl-canvas').boundingBox();
    expect(box?.width).toBeGreaterThan(700);
    await context.close();
  });
});

describe('without WebGL', () => {
  it('explains in both languages instead of showing a blank page', async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page, context } = await offlinePage(noGl);
      const atlas = new AtlasDriver(page, baseUrl);
      await atlas.open('lang=en');
      const msg = page.getByTestId('no-webgl');
      await msg.waitFor();
      const text = await msg.innerText();
      expect(text).toContain('WebGL');
      expect(text).toContain('Kartan kan inte visas');
      expect(text).toContain('The map cannot be shown');
      expect(await atlas.heading()).toBe('Stockholm Life Science Atlas');
      await atlas.screenshot('test-results/no-webgl.png');
      await context.close();
    } finally {
      await noGl.close();
    }
  });
});
