import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync } from 'node:fs';
import { CHROMIUM_FLAGS } from '../support/chromium-flags.mjs';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string =>
  Boolean(p && existsSync(p)),
);

const FLAGS = CHROMIUM_FLAGS;

export async function launch(extraArgs: string[] = []): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium not found: run `node scripts/ensure-chromium.mjs` (npm test does).');
  return chromium.launch({ executablePath: CHROMIUM, args: [...FLAGS, ...extraArgs], headless: true });
}

/**
 * A page whose every non-loopback request is refused, so the atlas is tested as it runs at a
 * venue with no network. Blocked URLs are collected for assertions.
 */
export async function offlinePage(
  browser: Browser,
  viewport = { width: 1280, height: 720 },
  { welcome = false }: { welcome?: boolean } = {},
): Promise<{ page: Page; context: BrowserContext; blocked: string[]; errors: string[] }> {
  // Service workers are tested on their own (pwa.e2e.ts): here a cached copy must not answer
  // instead of the server a test routes or breaks.
  const context = await browser.newContext({ viewport, locale: 'en-GB', serviceWorkers: 'block' });
  // Most specs test what comes after the first screen: the welcome card counts as dismissed
  // unless a spec asks for it.
  // (about:blank has no storage: the script must not throw there.)
  if (!welcome)
    await context.addInitScript(() => {
      try {
        localStorage.setItem('atlas.welcome.dismissed', '1');
      } catch {
        /* a page without storage */
      }
    });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (
      url.protocol === 'data:' ||
      url.protocol === 'blob:' ||
      url.hostname === '127.0.0.1' ||
      url.hostname === 'localhost'
    ) {
      return route.continue();
    }
    blocked.push(url.href);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, context, blocked, errors };
}
