import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launch } from './browser';
import { AtlasDriver } from './atlas-driver';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;
let context: BrowserContext;
let atlas: AtlasDriver;

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Serious and critical axe violations on the page as it is now. */
async function audit(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<unknown> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    }),
  )) as AxeResult;
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} → ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    );
}

beforeAll(async () => {
  browser = await launch();
  // Injecting axe is an inline script; the CSP (tested elsewhere) would rightly block it.
  context = await browser.newContext({
    viewport: { width: 1280, height: 720 },
    bypassCSP: true,
    serviceWorkers: 'block',
  });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    return u.hostname === '127.0.0.1' || u.protocol === 'data:' || u.protocol === 'blob:'
      ? route.continue()
      : route.abort();
  });
  atlas = new AtlasDriver(await context.newPage(), baseUrl);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('accessibility (axe-core: no serious or critical violations)', () => {
  it.each([
    ['default view', 'lang=en', async () => {}],
    ['Swedish', 'lang=sv', async () => {}],
    ['a zone selected', 'lang=en&zones=zone-hagastaden&within=1000', async () => atlas.openTab('Zones')],
    ['details open', 'lang=en&feature=hos-karolinska-solna', async () => {}],
    ['zone comparison', 'lang=en&compare=zone-hagastaden,zone-kista,zone-flemingsberg', async () => {}],
    ['site explorer', 'lang=en&sites=59.3478,18.0305;59.2195,17.941', async () => {}],
    ['policy lens', 'lang=en&lens=P12', async () => atlas.openTab('Policy')],
    ['list view', 'lang=en&zones=zone-hagastaden', async () => atlas.page.getByTestId('list-toggle').click()],
    ['presentation', 'lang=en&story=stockholm-life-science-hub&scene=2', async () => {}],
    [
      'story editor, a scene open for editing',
      'lang=en',
      async () => {
        await atlas.openTab('Story');
        await atlas.page.getByRole('button', { name: 'Edit scene 2', exact: true }).click();
      },
    ],
    [
      'time control and zone growth',
      'lang=en&zones=zone-hagastaden&year=2015&tab=zones',
      async () => {
        await atlas.page.getByTestId('zone-growth').waitFor();
      },
    ],
    [
      'embedded map',
      'lang=sv&embed=1&zones=zone-hagastaden',
      async () => {
        await atlas.page.getByTestId('embed-legend').waitFor();
      },
    ],
    [
      'embed dialog',
      'lang=en',
      async () => {
        await atlas.page.getByTestId('embed-open-dialog').click();
        await atlas.page.getByTestId('embed-dialog').waitFor();
      },
    ],
    [
      'placing a site',
      'lang=en&sites=59.3478,18.0305;59.2195,17.941',
      async () => {
        await atlas.page.getByTestId('place-click').click();
        await atlas.page.getByTestId('placing-banner').waitFor();
      },
    ],
    [
      'policy point with its places',
      'lang=en&tab=lens',
      async () => {
        await atlas.page.locator('[data-lens="P9"]').click();
        await atlas.page.getByTestId('lens-result').waitFor();
      },
    ],
    [
      'import review',
      'lang=en',
      async () => {
        await atlas.page.getByTestId('import-file').setInputFiles('test/fixtures/import/bad-number.csv');
        await atlas.page.getByTestId('import-review').waitFor();
      },
    ],
  ])('%s', async (_name, query, prepare) => {
    await atlas.open(query);
    await atlas.waitForMapIdle();
    await prepare();
    expect(await audit(atlas.page)).toEqual([]);
  });

  it.each([
    ['a 320×480 phone, first screen', 'lang=sv', async () => {}],
    ['a 320×480 phone, panel open on the Zones tab', 'lang=en&zones=zone-hagastaden&tab=zones', async () => {}],
  ])('%s', async (_name, query, prepare) => {
    await atlas.page.setViewportSize({ width: 320, height: 480 });
    try {
      await atlas.open(query);
      await atlas.waitForMapIdle();
      await prepare();
      expect(await audit(atlas.page)).toEqual([]);
    } finally {
      await atlas.page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
