import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { launch, offlinePage } from './browser';
import { AtlasDriver } from './atlas-driver';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  atlas: AtlasDriver;
}

/** One Chromium for a spec file whose tests open their own pages (offline, no WebGL …). */
export function browserSession(): { browser: Browser } {
  const s = {} as { browser: Browser };
  beforeAll(async () => {
    s.browser = await launch();
  });
  afterAll(async () => {
    await s.browser?.close();
  });
  return s;
}

/**
 * One Chromium and one offline page for a spec file, opened before its tests and closed after.
 * Fields are filled in beforeAll, so read them inside tests (`s.atlas`), not at import time.
 */
export function atlasSession(): Session {
  const s = {} as Session;
  beforeAll(async () => {
    s.browser = await launch();
    const o = await offlinePage(s.browser);
    s.context = o.context;
    s.atlas = new AtlasDriver(o.page, inject('baseUrl'));
  });
  afterAll(async () => {
    await s.context?.close();
    await s.browser?.close();
  });
  return s;
}
