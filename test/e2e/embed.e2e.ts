import { afterAll, describe, expect, inject, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { offlinePage } from './browser';
import { browserSession } from './session';
import { serveStatic } from './static-server';
import { embedCode } from '../../src/features/embed/embed-code';

// Embedding (#17): another site's page on another origin frames the atlas with the code the
// Share → Embed dialog gives, sandbox included.
const baseUrl = inject('baseUrl');
const shared = browserSession();
const dir = mkdtempSync(join(tmpdir(), 'atlas-host-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('embedded in another page', () => {
  it('draws the map in a sandboxed iframe, steps the story, and "Open in the atlas" carries the state', async () => {
    const story = 'stockholm-life-science-hub';
    const code = embedCode(`${baseUrl}?lang=en&story=${story}&scene=1`, 'Atlas');
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>City page</title></head><body><h1>Establishment strategy</h1>${code}</body></html>`,
    );
    const host = await serveStatic(dir);
    const { page, context, errors } = await offlinePage(shared.browser, { width: 1280, height: 900 });
    await page.goto(host.url);
    const frameEl = page.locator('iframe');
    expect(await frameEl.getAttribute('sandbox')).toContain('allow-scripts');
    const frame =
      page.frames().find((f) => f.url().includes('embed=1')) ??
      (await (await frameEl.elementHandle())!.contentFrame())!;
    await frame.waitForFunction(() => Boolean(window.atlasMap?.loaded()), null, { timeout: 30_000 });
    // No header, no panel: the map, the story and a way out.
    expect(await frame.locator('.header').count()).toBe(0);
    expect(await frame.locator('.side-panel').count()).toBe(0);
    const card = frame.locator('.story-card');
    await card.waitFor();
    await frame.getByRole('button', { name: 'Next scene' }).click();
    await expect.poll(() => card.getAttribute('data-scene')).toBe('2');
    const open = frame.getByTestId('embed-open');
    await open.focus();
    const href = (await open.getAttribute('href'))!;
    expect(href).toContain(`story=${story}&scene=2`);
    expect(href).not.toContain('embed=1');
    await page.screenshot({ path: 'test-results/embed-story.png' });
    // Without a story: the compact legend names the layers.
    await frame.goto(`${baseUrl}?lang=sv&embed=1&zones=zone-hagastaden`);
    await frame.waitForFunction(() => Boolean(window.atlasMap?.loaded()), null, { timeout: 30_000 });
    await expect.poll(() => frame.getByTestId('embed-legend').locator('li').count()).toBeGreaterThan(5);
    expect(await frame.getByTestId('embed-open').innerText()).toContain('Öppna i atlasen');
    await page.screenshot({ path: 'test-results/embed-zone.png' });
    expect(errors).toEqual([]);
    await context.close();
    await host.close();
  }, 90_000);

  it('Share → Embed gives the code for the current view', async () => {
    const { page, context } = await offlinePage(shared.browser, { width: 1440, height: 900 });
    await page.goto(`${baseUrl}?lang=en&zones=zone-kista&within=2000`);
    await page.getByTestId('embed-open-dialog').click();
    const code = await page.getByTestId('embed-code').inputValue();
    // The view: zones, distance, and the camera (hash) as it is now.
    expect(code).toMatch(/^<iframe src="[^"]*zones=zone-kista&amp;within=2000&amp;embed=1#[\d.]+\/[\d.]+\/[\d.]+"/);
    expect(code).toContain('sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox"');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('embed-dialog').count()).toBe(0);
    await context.close();
  });
});
