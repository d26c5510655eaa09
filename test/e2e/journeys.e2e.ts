import { describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';
import { browserSession } from './session';

// The first-time journeys of #13: what a newcomer sees, and how they get in.
mkdirSync('test-results/journeys', { recursive: true });
const baseUrl = inject('baseUrl');
const shared = browserSession();

describe('the first screen', () => {
  it('says what this is and offers three ways in; the comparison way opens three zones side by side; dismissed once, gone after a reload', async () => {
    const { page, context, errors } = await offlinePage(
      shared.browser,
      { width: 1440, height: 900 },
      { welcome: true },
    );
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en');
    const card = page.getByTestId('welcome');
    await card.waitFor();
    expect(await card.locator('h2').innerText()).toContain('Stockholm–Uppsala');
    await expect.poll(() => card.innerText()).toMatch(/shows \d+ sourced places/);
    expect(await card.innerText()).toContain('Hagastaden');
    await atlas.waitForMapIdle();
    await atlas.screenshot('test-results/journeys/welcome-en-1440.png');
    await page.getByTestId('welcome-compare').click();
    await expect.poll(() => card.count()).toBe(0);
    await expect.poll(() => atlas.search()).toContain('compare=zone-hagastaden,zone-flemingsberg,zone-kista');
    await page.reload();
    await atlas.waitForMapIdle();
    expect(await page.getByTestId('welcome').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  it('is in Swedish in Swedish, and a shared link never shows it', async () => {
    const { page, context } = await offlinePage(shared.browser, { width: 390, height: 844 }, { welcome: true });
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=sv');
    const card = page.getByTestId('welcome');
    await card.waitFor();
    expect(await page.getByTestId('welcome-story').innerText()).toContain('Visa presentationen');
    await atlas.waitForMapIdle();
    await atlas.screenshot('test-results/journeys/welcome-sv-390.png');
    await atlas.open('lang=sv&zones=zone-hagastaden');
    await atlas.waitForMapIdle();
    expect(await page.getByTestId('welcome').count()).toBe(0);
    await context.close();
  }, 60_000);
});

describe('print and PNG as documents', () => {
  it.each([
    [1920, 1080, 'en'],
    [1440, 900, 'sv'],
  ])(
    'prints from a %i×%i window: the sheet holds the whole viewed area, with legend, state and credits (%s)',
    async (width, height, lang) => {
      const { page, context, errors } = await offlinePage(shared.browser, { width, height });
      // The browser's print dialog would block a headless page: count the call instead.
      await page.addInitScript(() => {
        (window as unknown as { printed: number }).printed = 0;
        window.print = () => void (window as unknown as { printed: number }).printed++;
      });
      const atlas = new AtlasDriver(page, baseUrl);
      await atlas.open(`lang=${lang}&zones=zone-hagastaden&within=1000`);
      await atlas.waitForMapIdle();
      await page.waitForFunction(() => !window.atlasMap!.isMoving(), null, { timeout: 10_000 });
      await atlas.waitForMapIdle();
      const screen = await page.evaluate(() => {
        const b = window.atlasMap!.getBounds();
        return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
      });
      await page.getByTestId('print').click();
      const sheet = page.getByTestId('print-sheet');
      await sheet.waitFor({ state: 'attached', timeout: 60_000 });
      await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1, null, {
        timeout: 10_000,
      });
      const printed = (await sheet.getAttribute('data-bounds'))!.split(',').map(Number);
      // The whole on-screen view is on the page (the sheet may show a margin more).
      expect(printed[0]).toBeLessThanOrEqual(screen[0] + 1e-4);
      expect(printed[1]).toBeLessThanOrEqual(screen[1] + 1e-4);
      expect(printed[2]).toBeGreaterThanOrEqual(screen[2] - 1e-4);
      expect(printed[3]).toBeGreaterThanOrEqual(screen[3] - 1e-4);
      const size = await sheet.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]);
      expect(size).toEqual([1754, 1240]);
      // Keep the sheet as a picture to look at.
      const png = await sheet.evaluate(async (img: HTMLImageElement) => {
        const c = document.createElement('canvas');
        c.width = img.naturalWidth;
        c.height = img.naturalHeight;
        c.getContext('2d')!.drawImage(img, 0, 0);
        return c.toDataURL('image/png').split(',')[1];
      });
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`test-results/journeys/sheet-${width}-${lang}.png`, Buffer.from(png, 'base64'));
      // In print, the sheet is the page and nothing of the app shows.
      await page.emulateMedia({ media: 'print' });
      expect(await sheet.isVisible()).toBe(true);
      expect(await page.locator('#root').isVisible()).toBe(false);
      await page.pdf({ path: `test-results/journeys/print-${width}-${lang}.pdf`, preferCSSPageSize: true });
      await page.emulateMedia({ media: 'screen' });
      // The browser's afterprint (page.pdf prints) takes the sheet away again.
      await expect.poll(() => sheet.count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    },
    120_000,
  );
});

describe('placing a site where it matters', () => {
  it('the comparison folds away while placing, so a third site can be clicked where the table was', async () => {
    const { page, context } = await offlinePage(shared.browser, { width: 1440, height: 900 });
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=en&sites=59.3478,18.0305;59.2195,17.941', '11/59.30/18.00');
    await atlas.waitForMapIdle();
    const table = page.getByTestId('site-table');
    await table.waitFor();
    const box = (await table.boundingBox())!;
    await page.getByTestId('place-click').click();
    await page.getByTestId('placing-banner').waitFor();
    await expect.poll(() => table.isVisible()).toBe(false);
    // Click where the table stood.
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => atlas.search()).toMatch(/sites=[^&]*;[^&]*;[^&]*/);
    expect(await page.getByTestId('placing-banner').count()).toBe(0);
    await expect.poll(() => table.isVisible()).toBe(true);
    await context.close();
  }, 60_000);

  it('on a phone the panel gets out of the way while placing and comes back with the site', async () => {
    const { page, context } = await offlinePage(shared.browser, { width: 390, height: 844 });
    const atlas = new AtlasDriver(page, baseUrl);
    await atlas.open('lang=sv', '11/59.33/18.05');
    await atlas.waitForMapIdle();
    await page.locator('.panel-toggle').click();
    await atlas.openTab('Plats');
    await page.getByTestId('place-click').click();
    const banner = page.getByTestId('placing-banner');
    await banner.waitFor();
    expect(await banner.innerText()).toContain('Esc avbryter');
    await expect.poll(() => page.locator('.side-panel').isVisible()).toBe(false);
    await atlas.screenshot('test-results/journeys/placing-sv-390.png');
    const map = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
    await expect.poll(() => atlas.search()).toContain('site');
    await expect.poll(() => page.getByTestId('site-panel').isVisible()).toBe(true);
    await context.close();
  }, 60_000);
});
