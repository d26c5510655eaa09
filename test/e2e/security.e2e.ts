import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { launch, offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';

const baseUrl = inject('baseUrl');
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  'javascript:window.__pwned=3',
  '"><svg onload="window.__pwned=4">',
];
let browser: Browser;
let context: BrowserContext;
let atlas: AtlasDriver;
let violations: string[];

/** Nothing ran, no element came from a payload, and every link is http(s). */
async function expectNothingRan(page: Page) {
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
    imgs: [...document.querySelectorAll('img')].map((i) => i.getAttribute('src')),
    svgOnload: document.querySelectorAll('svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
    badLinks: [...document.querySelectorAll('a[href]')]
      .map((a) => (a as HTMLAnchorElement).href)
      .filter((h) => !/^(https?|blob):/.test(h)),
  }));
  expect(state).toEqual({ pwned: null, imgs: [], svgOnload: 0, scripts: 0, badLinks: [] });
}

beforeAll(async () => {
  browser = await launch();
  const o = await offlinePage(browser);
  context = o.context;
  atlas = new AtlasDriver(o.page, baseUrl);
  violations = [];
  await o.page.exposeFunction('reportCsp', (v: string) => violations.push(v));
  await o.page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportCsp: (v: string) => void }).reportCsp(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  mkdirSync('test-results', { recursive: true });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('content security policy', () => {
  it('ships a CSP with no inline script and no eval, and normal use violates nothing', async () => {
    await atlas.open('lang=en&zones=zone-hagastaden&sites=59.3478,18.0305', '12/59.35/18.03');
    await atlas.waitForMapIdle();
    const csp = await atlas.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("connect-src 'self' https://tiles.openfreemap.org");
    await atlas.openTab('Zones');
    await atlas.openTab('Site');
    expect(violations).toEqual([]);
  });
});

describe('hostile input never runs', () => {
  it('through the URL', async () => {
    const q = new URLSearchParams({
      lang: 'en',
      zones: PAYLOADS[0],
      feature: PAYLOADS[2],
      lens: PAYLOADS[1],
      story: PAYLOADS[3],
    });
    await atlas.open(q.toString(), encodeURIComponent(PAYLOADS[1]));
    await atlas.waitForMapIdle();
    const notices = (await atlas.notices()).join('\n');
    expect(notices).toContain('<img src=x onerror="window.__pwned=1">');
    await expectNothingRan(atlas.page);
  });

  it('through an imported file', async () => {
    const rows = [
      'name,website,lat,lon',
      ...PAYLOADS.map((p, i) => `"${p.replace(/"/g, '""')}",${PAYLOADS[2]},59.34${i},18.03${i}`),
    ];
    writeFileSync('test-results/hostile-import.csv', rows.join('\n'));
    await atlas.open('lang=en&sites=59.3478,18.0305', '14/59.342/18.032');
    await atlas.waitForMapIdle();
    await atlas.openTab('Layers');
    await atlas.page.getByTestId('import-file').setInputFiles('test-results/hostile-import.csv');
    await atlas.page.getByTestId('import-confirm').click();
    await atlas.openTab('Site');
    await expect
      .poll(() => atlas.page.getByTestId('site-profile').innerText())
      .toMatch(/<img src=x|<script>|<svg onload/);
    await atlas.waitForMapIdle();
    await expectNothingRan(atlas.page);
  });

  it('through data: a story whose captions carry payloads', async () => {
    const story = JSON.parse(readFileSync('data/stories/stockholm-life-science-hub.json', 'utf8'));
    story.id = 'hostile';
    story.scenes = story.scenes.slice(0, 2);
    story.scenes[0].title_en = PAYLOADS[0];
    story.scenes[0].caption_en = PAYLOADS[1];
    story.scenes[0].facts = [
      { sv: PAYLOADS[3], en: PAYLOADS[3], source: 'https://example.org/"><script>window.__pwned=5</script>' },
    ];
    writeFileSync('test-results/hostile-story.json', JSON.stringify(story));
    await atlas.open('lang=en');
    await atlas.openTab('Story');
    await atlas.page.getByTestId('story-file').setInputFiles('test-results/hostile-story.json');
    await atlas.page.getByTestId('present').click();
    await expect.poll(() => atlas.page.locator('.story-card h2').innerText()).toBe(PAYLOADS[0]);
    await expectNothingRan(atlas.page);
    // A fact whose source is not http(s) is refused by the schema, with the field named.
    story.scenes[0].facts = [{ sv: 'x', en: 'x', source: PAYLOADS[2] }];
    writeFileSync('test-results/hostile-story-2.json', JSON.stringify(story));
    await atlas.page.keyboard.press('Escape');
    await atlas.page.getByTestId('story-file').setInputFiles('test-results/hostile-story-2.json');
    await expect
      .poll(() => atlas.page.getByTestId('story-error').innerText())
      .toContain('scene 1 → facts.0.source → must be an http(s) URL');
    await expectNothingRan(atlas.page);
  });
});
