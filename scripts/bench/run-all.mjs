// `npm run bench`: measures the built atlas in real headless Chromium and prints a table.
// Every figure is run side by side with its floor or baseline in the same process.
import { execFileSync, execSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import os from 'node:os';
import { chromium } from 'playwright-core';
import { serve, syntheticGeoJson } from './serve.mjs';
import { CHROMIUM_FLAGS } from '../../test/support/chromium-flags.mjs';

const root = process.cwd();
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const FLAGS = CHROMIUM_FLAGS;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
const ms = (x) => `${x.toFixed(0)} ms`;

// The embedded basemap before the city's geography (GSHHG water only), for the second floor.
const OLD_BASEMAP_COMMIT = 'b21d10a';
mkdirSync('test-results/old-basemap', { recursive: true });
writeFileSync(
  'test-results/old-basemap/water.geojson',
  execFileSync('git', ['show', `${OLD_BASEMAP_COMMIT}:public/basemap/water.geojson`], { maxBuffer: 64 << 20 }),
);

console.log('building the production app …');
execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
const { server, base } = await serve(root);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: FLAGS,
});

/** Navigation start → the map idle with the given sources drawn, in a fresh context (cold cache). */
async function startup(url, sources) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  const t = await page.waitForFunction(
    (ids) => {
      const m = window.atlasMap;
      if (!m?.loaded() || !ids.every((id) => m.getSource(id))) return false;
      return performance.now();
    },
    sources,
    { polling: 'raf', timeout: 60_000 },
  );
  const value = await t.jsonValue();
  await context.close();
  return value;
}

/** Frame times while the camera flies over Hagastaden, zooms in and out and pans. */
async function frames(page) {
  return page.evaluate(async () => {
    const m = window.atlasMap;
    m.jumpTo({ center: [18.03, 59.349], zoom: 11 });
    await new Promise((r) => m.once('idle', r));
    const deltas = [];
    let last = performance.now();
    let running = true;
    const tick = (t) => {
      deltas.push(t - last);
      last = t;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const fly = (opts) =>
      new Promise((r) => {
        m.once('moveend', r);
        m.flyTo({ ...opts, duration: 1500, essential: true });
      });
    await fly({ center: [18.03, 59.349], zoom: 14.5 });
    await fly({ center: [18.05, 59.34], zoom: 13 });
    await fly({ center: [18.0, 59.36], zoom: 12 });
    await fly({ center: [18.03, 59.349], zoom: 11 });
    running = false;
    return deltas.slice(1);
  });
}

// 1. Start-up against the bare MapLibre floor.
const appUrl = `${base}/app/?lang=en#9/59.45/18`;
const bareUrl = `${base}/bench/`;
const appTimes = [];
const bareTimes = [];
const oldTimes = [];
for (let i = 0; i < RUNS; i++) {
  // Interleaved, so a slow moment of the machine falls on all three alike.
  bareTimes.push(await startup(bareUrl, ['water', 'transit']));
  oldTimes.push(await startup(`${bareUrl}?basemap=old`, ['water', 'transit']));
  appTimes.push(await startup(appUrl, ['basemap-water', 'atlas-places']));
}

// 2. Frame times with 10k synthetic points: imported through the UI as a planner would.
mkdirSync('test-results', { recursive: true });
const csv = [
  'name,lat,lon',
  ...syntheticGeoJson(10_000).features.map(
    (f) => `${f.properties.name},${f.geometry.coordinates[1]},${f.geometry.coordinates[0]}`,
  ),
].join('\n');
writeFileSync('test-results/bench-10k.csv', csv);
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
const appPage = await ctx.newPage();
await appPage.goto(appUrl);
await appPage.waitForFunction(() => window.atlasMap?.loaded() && window.atlasMap.getSource('atlas-places'), null, {
  timeout: 60_000,
});
await appPage.getByTestId('import-file').setInputFiles('test-results/bench-10k.csv');
await appPage.getByTestId('import-confirm').click();
await appPage.waitForFunction(
  () => Object.keys(window.atlasMap.getStyle().sources).some((id) => id.startsWith('own-')),
  null,
  { timeout: 60_000 },
);
const appFrames = await frames(appPage);
await ctx.close();

// 3. A 100k-point import: time from choosing the file to the layer counted in a zone, and the
// longest gap between animation frames meanwhile (what a user feels as a freeze).
const csv100k = [
  'name,lat,lon',
  ...syntheticGeoJson(100_000).features.map(
    (f) => `${f.properties.name},${f.geometry.coordinates[1]},${f.geometry.coordinates[0]}`,
  ),
].join('\n');
writeFileSync('test-results/bench-100k.csv', csv100k);
const bigCtx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
const bigPage = await bigCtx.newPage();
await bigPage.goto(`${base}/app/?lang=en&zones=zone-hagastaden&within=2000#12/59.35/18.03`);
await bigPage.waitForFunction(() => window.atlasMap?.loaded() && window.atlasMap.getSource('atlas-places'), null, {
  timeout: 60_000,
});
await bigPage.getByRole('tab', { name: 'Layers' }).click(); // a zone link opens the Zones tab
await bigPage.getByTestId('import-file').setInputFiles('test-results/bench-100k.csv');
// Watched from the moment the file is in the page's hands: Playwright's own transfer of the
// 5.9 MB file into the page is not the atlas's work.
await bigPage.evaluate(() => {
  // The longest gap between two animation frames: how long the page stood still.
  window.__longest = 0;
  let last = performance.now();
  const tick = (t) => {
    window.__longest = Math.max(window.__longest, t - last);
    last = t;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
});
const t0 = Date.now();
await bigPage.getByTestId('import-confirm').click({ timeout: 60_000 });
const parsedMs = Date.now() - t0;
await bigPage.getByRole('tab', { name: 'Zones' }).click();
await bigPage.waitForFunction(
  () => {
    const row = [...document.querySelectorAll('[data-testid="counts"] tbody tr')].find((r) =>
      r.getAttribute('data-layer')?.startsWith('user-'),
    );
    return row && !row.textContent.includes('…');
  },
  null,
  { timeout: 120_000, polling: 100 },
);
const countedMs = Date.now() - t0;
// Resolve with nothing: handing the idle event back would make Playwright serialise the whole map.
await bigPage.evaluate(
  () =>
    new Promise((r) => {
      window.atlasMap.once('idle', () => r(null));
      window.atlasMap.triggerRepaint();
    }),
);
const longest = await bigPage.evaluate(() => window.__longest);
await bigCtx.close();
const bareCtx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
const barePage = await bareCtx.newPage();
await barePage.goto(`${bareUrl}?points=10000`);
await barePage.waitForFunction(() => window.atlasMap?.loaded(), null, { timeout: 60_000 });
const bareFrames = await frames(barePage);
await bareCtx.close();
const oldCtx = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
const oldPage = await oldCtx.newPage();
await oldPage.goto(`${bareUrl}?points=10000&basemap=old`);
await oldPage.waitForFunction(() => window.atlasMap?.loaded(), null, { timeout: 60_000 });
const oldFrames = await frames(oldPage);
await oldCtx.close();
await browser.close();
server.close();

// 4. JS shipped, per chunk, initial versus lazy.
const html = readFileSync('dist/index.html', 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
const chunks = readdirSync('dist/assets')
  .filter((f) => /\.m?js$/.test(f))
  .map((f) => {
    const buf = readFileSync(join('dist/assets', f));
    return { f, raw: buf.length, gz: gzipSync(buf, { level: 9 }).length, initial: initial.has(f) };
  })
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gz - a.gz);

// 5. Filter-and-count, from its own script.
const filter = execFileSync('npx', ['tsx', 'scripts/bench/filter.ts'], { encoding: 'utf8' });

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const out = [];
out.push(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform} ${os.release()}, node ${process.version}, headless Chromium (SwiftShader WebGL), ${new Date().toISOString().slice(0, 10)}`,
);
out.push('');
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
out.push(
  '| measure | atlas | floor: bare MapLibre, city basemap | ratio | floor: bare MapLibre, old GSHHG-only basemap | ratio |',
);
out.push('|---|---|---|---|---|---|');
out.push(
  `| navigation → map idle, all layers (median of ${RUNS}, cold cache) | ${ms(median(appTimes))} | ${ms(median(bareTimes))} | ${ratio(median(appTimes), median(bareTimes))} | ${ms(median(oldTimes))} | ${ratio(median(appTimes), median(oldTimes))} |`,
);
out.push(
  `| frame time, scripted fly/zoom over Hagastaden, 10k imported points: median | ${median(appFrames).toFixed(1)} ms | ${median(bareFrames).toFixed(1)} ms | ${ratio(median(appFrames), median(bareFrames))} | ${median(oldFrames).toFixed(1)} ms | ${ratio(median(appFrames), median(oldFrames))} |`,
);
out.push(
  `| … p95 | ${pct(appFrames, 0.95).toFixed(1)} ms | ${pct(bareFrames, 0.95).toFixed(1)} ms | ${ratio(pct(appFrames, 0.95), pct(bareFrames, 0.95))} | ${pct(oldFrames, 0.95).toFixed(1)} ms | ${ratio(pct(appFrames, 0.95), pct(oldFrames, 0.95))} |`,
);
out.push('');
out.push('| measure | atlas | – | – |');
out.push('|---|---|---|---|');
out.push(`| import of 100k points (CSV, 5.9 MB): file chosen → review shown and confirmed | ${ms(parsedMs)} | – | – |`);
out.push(`| … → counted in the zone panel (zone index built in a worker) | ${ms(countedMs)} | – | – |`);
out.push(
  `| … longest frame gap meanwhile (parse, store, draw) | ${ms(longest)} | 100 ms (feels instant) | ${(longest / 100).toFixed(1)}× |`,
);
out.push('');
out.push('| JS chunk | load | raw | gzip |');
out.push('|---|---|---|---|');
for (const c of chunks)
  out.push(
    `| ${c.f.replace(/-[A-Za-z0-9_-]{8}\.(m?js)$/, '.$1')} | ${c.initial ? 'initial' : 'lazy'} | ${kb(c.raw)} | ${kb(c.gz)} |`,
  );
const initGz = chunks.filter((c) => c.initial).reduce((s, c) => s + c.gz, 0);
out.push(`| **initial total** | | | **${kb(initGz)}** |`);
out.push('');
out.push(filter.trim());
const table = out.join('\n');
console.log(`\n${table}`);
writeFileSync('test-results/bench.md', `${table}\n`);
