import type { Page } from 'playwright-core';

/**
 * Domain verbs for the e2e specs: specs say what a user does and sees, this file knows the
 * selectors and how to read the map.
 */
export class AtlasDriver {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(query = '', hash = ''): Promise<void> {
    const url = `${this.baseUrl}${query ? `?${query.replace(/^\?/, '')}` : ''}${hash ? `#${hash.replace(/^#/, '')}` : ''}`;
    await this.page.goto(url, { waitUntil: 'load' });
  }

  /** Wait until the style is loaded and the map has gone idle (all sources drawn). */
  async waitForMapIdle(timeout = 30_000): Promise<void> {
    await this.page.waitForFunction(() => Boolean(window.atlasMap?.loaded()), null, { timeout });
    // Bounded: a map that never goes idle fails the test with a message instead of hanging it.
    await this.page.evaluate(
      (ms) =>
        new Promise<void>((resolve, reject) => {
          const map = window.atlasMap!;
          const timer = setTimeout(() => reject(new Error(`the map did not go idle within ${ms} ms`)), ms);
          const done = () => {
            clearTimeout(timer);
            resolve();
          };
          if (map.loaded() && map.areTilesLoaded()) {
            map.once('idle', done);
            map.triggerRepaint();
          } else map.once('idle', done);
        }),
      timeout,
    );
    // The "loading the map" cover goes with the first idle; screenshots must not catch it.
    await this.page.locator('[data-testid="map-loading"]').waitFor({ state: 'detached', timeout });
  }

  /** RGB of the map canvas at a geographic point. */
  async pixelAt(lng: number, lat: number): Promise<[number, number, number]> {
    return this.page.evaluate(
      ([lng, lat]) => {
        const map = window.atlasMap!;
        const src = map.getCanvas();
        const p = map.project([lng, lat]);
        const ratio = src.width / src.clientWidth;
        const c = document.createElement('canvas');
        c.width = src.width;
        c.height = src.height;
        const ctx = c.getContext('2d')!;
        ctx.drawImage(src, 0, 0);
        const d = ctx.getImageData(Math.round(p.x * ratio), Math.round(p.y * ratio), 1, 1).data;
        return [d[0], d[1], d[2]] as [number, number, number];
      },
      [lng, lat] as const,
    );
  }

  async view(): Promise<{ zoom: number; lat: number; lng: number }> {
    return this.page.evaluate(() => {
      const m = window.atlasMap!;
      return { zoom: m.getZoom(), lat: m.getCenter().lat, lng: m.getCenter().lng };
    });
  }

  async hash(): Promise<string> {
    return this.page.evaluate(() => window.location.hash);
  }

  async search(): Promise<string> {
    return this.page.evaluate(() => window.location.search);
  }

  async pan(dx: number, dy: number): Promise<void> {
    await this.page.evaluate(([dx, dy]) => window.atlasMap!.panBy([dx, dy], { duration: 0 }), [dx, dy] as const);
    await this.waitForMapIdle();
  }

  async chooseLanguage(lang: 'sv' | 'en'): Promise<void> {
    await this.page
      .getByRole('group', { name: /Språk|Language/ })
      .getByRole('button', { name: lang.toUpperCase() })
      .click();
  }

  async heading(): Promise<string> {
    return (await this.page.locator('header h1').textContent()) ?? '';
  }

  text(selector: string) {
    return this.page.locator(selector).innerText();
  }

  notices() {
    return this.page.getByTestId('notice').allInnerTexts();
  }

  async renderedRingLabels(): Promise<string[]> {
    return this.page.evaluate(() =>
      window.atlasMap!.queryRenderedFeatures({ layers: ['site-rings-line'] }).map((f) => String(f.properties.label)),
    );
  }

  async openTab(
    name:
      | 'Layers'
      | 'Zones'
      | 'Policy'
      | 'Site'
      | 'Story'
      | 'Details'
      | 'Lager'
      | 'Zoner'
      | 'Plats'
      | 'Visning'
      | 'Detaljer',
  ): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }

  /** The legend checkbox of a layer. */
  legendToggle(layerId: string) {
    return this.page.locator(`[data-testid="legend"] input[data-layer="${layerId}"]`);
  }

  async layerVisibility(styleLayerId: string): Promise<string> {
    return this.page.evaluate(
      (id) => String(window.atlasMap!.getLayoutProperty(id, 'visibility') ?? 'visible'),
      styleLayerId,
    );
  }

  /** Rendered features of a style layer in the current view. */
  async renderedIds(styleLayerId: string): Promise<string[]> {
    return this.page.evaluate(
      (id) => window.atlasMap!.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id)),
      styleLayerId,
    );
  }

  /**
   * Ids of one dataset's places drawn in the current view. Every dataset's icons are one style
   * layer ('places-symbol'); each feature's `category` says its dataset.
   */
  async renderedPlaceIds(layer: string): Promise<string[]> {
    return this.page.evaluate(
      (l) =>
        window
          .atlasMap!.queryRenderedFeatures({ layers: ['places-symbol'], filter: ['==', ['get', 'category'], l] })
          .map((f) => String(f.properties.id)),
      layer,
    );
  }

  /** Whether a dataset's places are drawn in the current view (its legend entry on, places in view). */
  async placesShown(layer: string): Promise<boolean> {
    return (await this.renderedPlaceIds(layer)).length > 0;
  }

  /** Centre a place and click it as a user would. */
  async clickPlace(lng: number, lat: number): Promise<void> {
    await this.page.evaluate(([lng, lat]) => window.atlasMap!.jumpTo({ center: [lng, lat], zoom: 16 }), [
      lng,
      lat,
    ] as const);
    await this.waitForMapIdle();
    const box = (await this.page.locator('.maplibregl-canvas').boundingBox())!;
    const p = await this.page.evaluate(([lng, lat]) => window.atlasMap!.project([lng, lat]), [lng, lat] as const);
    await this.page.mouse.click(box.x + p.x, box.y + p.y);
  }

  /** The first own layer on the map: its source's type and how many of its features are drawn in view. */
  async ownLayerOnMap(): Promise<{ id: string; type: string; drawn: number } | null> {
    return this.page.evaluate(() => {
      const m = window.atlasMap!;
      const found = Object.entries(m.getStyle().sources).find(([id]) => id.startsWith('own-'));
      if (!found) return null;
      const [id, source] = found;
      return { id, type: source.type, drawn: m.queryRenderedFeatures().filter((f) => f.source === id).length };
    });
  }

  /** Click the own feature drawn by a style layer ending in `role` ('cluster', 'point') nearest the view's centre. */
  async clickOwn(role: 'cluster' | 'point'): Promise<void> {
    const at = await this.page.evaluate((role) => {
      const m = window.atlasMap!;
      const c = m.project(m.getCenter());
      const hits = m
        .queryRenderedFeatures()
        .filter((f) => f.layer.id.startsWith('own-') && f.layer.id.endsWith(`-${role}`))
        .map((f) => m.project((f.geometry as GeoJSON.Point).coordinates as [number, number]))
        .sort((a, b) => Math.hypot(a.x - c.x, a.y - c.y) - Math.hypot(b.x - c.x, b.y - c.y));
      return hits[0] ? { x: hits[0].x, y: hits[0].y } : null;
    }, role);
    if (!at) throw new Error(`no own ${role} drawn in view`);
    const box = (await this.page.locator('.maplibregl-canvas').boundingBox())!;
    await this.page.mouse.click(box.x + at.x, box.y + at.y);
  }

  details() {
    return this.page.getByTestId('details');
  }

  /**
   * Choosing a zone brings the chosen zones into view, a camera move that starts at the next frame:
   * wait for it to end, so that what follows looks at the view it leads to (bounded: a fit that
   * has nothing to move ends at once, and a lost event must not hang the test).
   */
  async chooseZone(zoneId: string): Promise<void> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __zoneMove?: Promise<void> };
      w.__zoneMove = new Promise<void>((resolve) => {
        window.atlasMap!.once('moveend', () => resolve());
        setTimeout(resolve, 5000);
      });
    });
    await this.page.locator(`input[data-zone="${zoneId}"]`).check();
    await this.page.evaluate(() => (window as unknown as { __zoneMove?: Promise<void> }).__zoneMove);
  }

  async setWithin(metres: number): Promise<void> {
    await this.page.getByTestId('within').fill(String(metres));
  }

  /** The counts table as {layer: {inside, within, total}}. */
  async counts(): Promise<Record<string, { inside: number; within: number; total: number }>> {
    return this.page.evaluate(() => {
      const out: Record<string, { inside: number; within: number; total: number }> = {};
      document.querySelectorAll<HTMLTableRowElement>('[data-testid="counts"] tbody tr').forEach((tr) => {
        const n = (k: string) => Number(tr.querySelector(`[data-count="${k}"]`)!.textContent);
        out[tr.dataset.layer!] = { inside: n('inside'), within: n('within'), total: n('total') };
      });
      return out;
    });
  }

  /** Properties of the features a style layer draws in the current view. */
  async renderedProps(styleLayerId: string): Promise<Record<string, unknown>[]> {
    return this.page.evaluate(
      (id) => window.atlasMap!.queryRenderedFeatures({ layers: [id] }).map((f) => ({ ...f.properties })),
      styleLayerId,
    );
  }

  async attribution(): Promise<string> {
    return (await this.page.locator('.maplibregl-ctrl-attrib').innerText()).trim();
  }

  /** The site profile's transit answer: stations in service, the nearest stop, planned stations. */
  async siteTransit(): Promise<{ stations: string[]; stop: string; planned: string[] }> {
    const texts = (id: string) => this.page.getByTestId(id).locator('li').allInnerTexts();
    await this.page.getByTestId('site-stations').waitFor();
    return {
      stations: await texts('site-stations'),
      stop: await this.page.getByTestId('site-stop').innerText(),
      planned: (await this.page.getByTestId('site-planned').count()) ? await texts('site-planned') : [],
    };
  }

  /** Type into the header search and choose the first result. */
  async searchAndChoose(text: string): Promise<void> {
    const box = this.page.getByTestId('search');
    await box.fill(text);
    // Wait for the option naming it: stations and districts arrive with the network file, which
    // loads when the box is first focused, so an earlier first option may be another place.
    await this.page.getByRole('option', { name: text }).first().waitFor();
    await this.page.waitForFunction(
      (t) => document.querySelector('[role="option"]')?.textContent?.includes(t) ?? false,
      text,
      { timeout: 15_000 },
    );
    await box.press('Enter');
  }

  /** Ids of the own layers saved in this browser's IndexedDB (the store keeps its old name). */
  async storedOwnLayerIds(): Promise<string[]> {
    return this.page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('stockholm-life-science-atlas');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('user-layers')) {
              db.close();
              resolve([]);
              return;
            }
            const req = db.transaction('user-layers').objectStore('user-layers').getAllKeys();
            req.onsuccess = () => {
              db.close();
              resolve(req.result.map(String));
            };
            req.onerror = () => reject(req.error);
          };
        }),
    );
  }

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
