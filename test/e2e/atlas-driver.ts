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
    await this.page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.atlasMap!;
          if (map.loaded() && map.areTilesLoaded()) {
            map.once('idle', () => resolve());
            map.triggerRepaint();
          } else map.once('idle', () => resolve());
        }),
    );
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
    await this.page.getByRole('group', { name: /Språk|Language/ }).getByRole('button', { name: lang.toUpperCase() }).click();
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

  async screenshot(path: string): Promise<void> {
    await this.page.screenshot({ path });
  }
}
