// `npm run bench`: measures the built atlas in real headless Chromium, WebGL in the GPU process
// (SwiftShader through ANGLE, see flags.mjs), beside its floor, a bare MapLibre page drawing the
// same basemap and data files (bare.html). Every figure is taken BENCH_RUNS times (default 3),
// atlas and floor interleaved within each run, and printed as min / median / max with the ratio
// to the floor and the target of issue #14. Ends with the table in test-results/bench.md.
import { execFileSync, execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { BENCH_FLAGS } from './flags.mjs';
import * as probe from './page-probes.mjs';
import { serve, syntheticGeoJson } from './serve.mjs';
import { mapOfBuiltChunk, original, shortSource } from './source-maps.mjs';
import { fmtCount, fmtKb, fmtMb, fmtMs, frameStats, longestGap, max, median, min, spread } from './stats.mjs';

const root = process.cwd();
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const PROFILE = process.env.BENCH_PROFILE !== '0';
const VIEWPORT = { width: 1280, height: 720 };
const LONG = 180_000;
const began = Date.now();
const say = (msg) => console.log(`[${String(Math.round((Date.now() - began) / 1000)).padStart(4)} s] ${msg}`);

// The 1-minute load average every 5 s while the bench runs: other processes share the cores.
const loads = [];
const sampleLoad = () => loads.push(os.loadavg()[0]);
sampleLoad();
const loadTimer = setInterval(sampleLoad, 5000);

// The embedded basemap before the city's geography (GSHHG water only), for the second floor.
const OLD_BASEMAP_COMMIT = 'b21d10a';
mkdirSync('test-results/old-basemap', { recursive: true });
writeFileSync(
  'test-results/old-basemap/water.geojson',
  execFileSync('git', ['show', `${OLD_BASEMAP_COMMIT}:public/basemap/water.geojson`], { maxBuffer: 64 << 20 }),
);

// The same seeded points for both: the atlas imports them as CSV through its UI, the floor
// fetches them as GeoJSON (serve.mjs, /bench/synthetic.geojson?n=).
function writeCsv(n) {
  const file = `test-results/bench-${n / 1000}k.csv`;
  const rows = syntheticGeoJson(n).features.map(
    (f) => `${f.properties.name},${f.geometry.coordinates[1]},${f.geometry.coordinates[0]}`,
  );
  writeFileSync(file, ['name,lat,lon', ...rows].join('\n'));
  return file;
}
const CSV = new Map([10_000, 100_000].map((n) => [n, writeCsv(n)]));
const CSV_100K_MB = (statSync(CSV.get(100_000)).size / 2 ** 20).toFixed(1);

say('building the production app …');
execSync('npx vite build --logLevel warn', { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
const { server, served, base } = await serve(root);
// Only to name the profiled functions: the same build again, with source maps, elsewhere.
const MAPS_DIR = join(root, 'test-results/bench-maps');
if (PROFILE)
  execSync('npx vite build --logLevel error --sourcemap --outDir test-results/bench-maps --emptyOutDir', {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: BENCH_FLAGS,
});
const browserCdp = await browser.newBrowserCDPSession();

const APP = `${base}/app/?lang=en#9/59.45/18`;
const APP_ZONE = `${base}/app/?lang=en&zones=zone-hagastaden&within=2000#12/59.35/18.03`;
const FLOOR = `${base}/bench/`;
const APP_SOURCES = ['basemap-water', 'atlas-places'];
const FLOOR_SOURCES = ['water', 'transit'];

// ---------------------------------------------------------------------------------------------

/** Evidence that WebGL runs in the GPU process: the renderer string and chrome://gpu's verdict. */
async function gpuEvidence() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const gl = await page.evaluate(probe.webglRenderer);
  let status = 'chrome://gpu not read';
  try {
    await page.goto('chrome://gpu');
    await page.waitForFunction(() => /WebGL:/.test(document.querySelector('info-view')?.shadowRoot?.textContent ?? ''));
    const text = await page.evaluate(() => document.querySelector('info-view').shadowRoot.textContent);
    const item = (name) => new RegExp(`${name}:\\s*([^*\\n]+?)\\s*(?=\\*|\\n|$)`).exec(text)?.[1] ?? '?';
    status = `chrome://gpu: WebGL ${item('WebGL')}, compositing ${item('Compositing')}`;
  } catch (e) {
    status = `chrome://gpu not read (${e.message.split('\n')[0]})`;
  }
  await context.close();
  return { ...gl, status };
}

const gzCache = new Map();
function sizes(file) {
  if (!gzCache.has(file)) {
    const buf = readFileSync(file);
    gzCache.set(file, { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length });
  }
  return gzCache.get(file);
}

/** Bytes of the distinct files the server answered, JavaScript and all, gzip -9 as a server would send. */
function fetched(entries) {
  const files = [...new Set(entries.map((e) => e.file).filter(Boolean))];
  const sum = (fs) => fs.reduce((s, f) => s + sizes(f).gz, 0);
  const js = files.filter((f) => /\.m?js$/.test(f));
  return { js: sum(js), all: sum(files), jsFiles: js.map((f) => basename(f)) };
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/**
 * A fresh context (cold cache, service workers blocked), CDP's Performance domain on, the page
 * opened and watched to its first idle (benchInit): start-up, main-thread time and long tasks
 * to then, and the files fetched to then.
 */
async function open(url, sources) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(probe.benchInit, sources);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const from = served.length;
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.idle, null, { polling: 'raf', timeout: LONG });
  const files = fetched(served.slice(from));
  const m = await metrics(cdp);
  const idle = await page.evaluate(() => window.__bench.idle);
  const long = idle.longtasks;
  return {
    context,
    page,
    cdp,
    startup: {
      ms: idle.t,
      busy: m.TaskDuration * 1000,
      script: m.ScriptDuration * 1000,
      styleLayout: (m.RecalcStyleDuration + m.LayoutDuration) * 1000,
      cpu: m.ThreadTime * 1000,
      longCount: long.length,
      longSum: long.reduce((s, d) => s + d, 0),
      longest: long.length ? max(long) : 0,
      js: files.js,
      all: files.all,
      jsFiles: files.jsFiles,
    },
  };
}

async function processes() {
  const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
  return processInfo;
}

function pss(pid) {
  try {
    return Number(/^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))[1]) * 1024;
  } catch {
    return null;
  }
}

/**
 * Memory after a forced GC: the main thread's JS heap (CDP JSHeapUsedSize) and the proportional
 * set size of the page's renderer process (its workers included). The page's renderer is the one
 * whose CPU time grows while the page spins for 300 ms.
 */
async function memory(s) {
  const before = await processes();
  await s.page.evaluate(() => {
    const t = performance.now();
    while (performance.now() - t < 300);
  });
  const after = await processes();
  const grown = after
    .filter((p) => p.type === 'renderer')
    .map((p) => ({ id: p.id, d: p.cpuTime - (before.find((b) => b.id === p.id)?.cpuTime ?? 0) }))
    .sort((a, b) => b.d - a.d)[0];
  await s.cdp.send('HeapProfiler.collectGarbage');
  await s.cdp.send('HeapProfiler.collectGarbage');
  const m = await metrics(s.cdp);
  return { heap: m.JSHeapUsedSize, pss: grown ? pss(grown.id) : null };
}

/** The scripted flight, after the page has been quiet for a second (lazy work after first idle done). */
async function flight(page) {
  await settle(page, 1000);
  return frameStats(await page.evaluate(probe.flight));
}

async function importSmall(page, file) {
  await page.getByTestId('import-file').setInputFiles(file);
  await page.getByTestId('import-confirm').click({ timeout: LONG });
  await page.waitForFunction(probe.ownSourceOnMap, null, { timeout: LONG, polling: 100 });
  await page.evaluate(probe.mapIdle);
}

async function settle(page, ms = 300) {
  await page.evaluate(probe.mapIdle);
  await page.waitForTimeout(ms);
}

/** Click a zone's checkbox as a user would; click → own count shown, and the longest frame gap in 2 s. */
async function tick(page, zone, on) {
  await settle(page);
  await page.evaluate(probe.watchTick, zone);
  const box = page.locator(`input[data-zone="${zone}"]`);
  await (on ? box.check() : box.uncheck());
  const handle = await page.waitForFunction(() => window.__bench.tick.done && window.__bench.tick, null, {
    timeout: 60_000,
    polling: 100,
  });
  const w = await handle.jsonValue();
  return {
    zone,
    on,
    shown: w.shown === null ? null : w.shown - w.click,
    gap: longestGap(w.frames, w.click, w.frames.at(-1)),
    before: w.before,
    after: w.after,
  };
}

const TICKS = [
  ['zone-university-quarter', true],
  ['zone-university-quarter', false],
  ['zone-solna-business', true],
  ['zone-solna-business', false],
];

// One function per page the bench opens; each closes its context.

async function floorPage(points, { basemap, labels } = {}) {
  const q = new URLSearchParams();
  if (points) q.set('points', String(points));
  if (basemap) q.set('basemap', basemap);
  if (labels) q.set('labels', '1');
  const s = await open(`${FLOOR}?${q}`, points ? [...FLOOR_SOURCES, 'synthetic'] : FLOOR_SOURCES);
  const out = { startup: s.startup };
  if (labels) out.frames = await flight(s.page);
  else if (basemap !== 'old') {
    if (points === 100_000) {
      await settle(s.page);
      out.memory = await memory(s);
      out.repaints = await floorRepaints(s.page);
    }
    out.frames = await flight(s.page);
    if (!points) out.add = await floorAdd(s.page);
  }
  await s.context.close();
  return out;
}

/** Where the atlas's zone view opens (APP_ZONE), for the floor's tick and import. */
const ZONE_VIEW = { center: [18.03, 59.35], zoom: 12 };

/** The floor's ticks (see probe.floorRepaint), as many as the atlas's, dimming and back. */
async function floorRepaints(page) {
  await page.evaluate((v) => window.atlasMap.jumpTo(v), ZONE_VIEW);
  const gaps = [];
  for (const [i] of TICKS.entries()) {
    await settle(page);
    const w = await page.evaluate(probe.floorRepaint, i % 2 ? 1 : 0.35);
    gaps.push(longestGap(w.frames, w.at, w.frames.at(-1)));
  }
  return gaps;
}

/** The floor's import (see probe.floorAdd): 100k points added where the atlas imports them. */
async function floorAdd(page) {
  await page.evaluate((v) => window.atlasMap.jumpTo(v), ZONE_VIEW);
  await settle(page, 1000);
  const w = await page.evaluate(probe.floorAdd, 100_000);
  return { drawn: w.drawn - w.at, gap: longestGap(w.frames, w.at, w.drawn) };
}

async function atlasPage(points) {
  const s = await open(APP, APP_SOURCES);
  const out = { startup: s.startup };
  if (points) await importSmall(s.page, CSV.get(points));
  out.frames = await flight(s.page);
  await s.context.close();
  return out;
}

/** The 100k import watched from file chosen to drawn and counted, memory, zone ticks, then the flight. */
async function atlasBig({ profile } = {}) {
  const s = await open(APP_ZONE, APP_SOURCES);
  const { page } = s;
  await page.getByRole('tab', { name: 'Layers' }).click(); // a zone link opens the Zones tab
  await page.evaluate(probe.watchImport);
  await page.getByTestId('import-file').setInputFiles(CSV.get(100_000));
  await page.locator('[data-testid="import-confirm"]:enabled').waitFor({ timeout: LONG });
  if (profile) await startProfile(s.cdp);
  await page.getByTestId('import-confirm').click({ timeout: LONG });
  await page.waitForFunction(() => window.__bench.imp.counted !== null && window.__bench.imp.drawn !== null, null, {
    timeout: LONG,
    polling: 250,
  });
  const importProfile = profile ? await stopProfile(s.cdp) : null;
  const w = await page.evaluate(() => window.__bench.imp);
  const end = Math.max(w.counted, w.drawn);
  const out = {
    import: {
      review: w.review - w.chosen,
      parseGap: longestGap(w.frames, w.chosen, w.review),
      drawn: w.drawn - w.confirm,
      counted: w.counted - w.confirm,
      gap: longestGap(w.frames, w.confirm, end),
    },
  };
  if (profile) {
    out.importProfile = importProfile;
    await settle(page);
    await startProfile(s.cdp);
    out.tickProfileRun = await tick(page, TICKS[0][0], true);
    out.tickProfile = await stopProfile(s.cdp);
    await s.context.close();
    return out;
  }
  await settle(page);
  out.memory = await memory(s);
  out.ticks = [];
  for (const [zone, on] of TICKS) out.ticks.push(await tick(page, zone, on));
  // Back to no zone on the Layers tab, as the 0 and 10k pages are, for the flight.
  await page.locator('input[data-zone="zone-hagastaden"]').uncheck();
  await page.getByRole('tab', { name: 'Layers' }).click();
  await settle(page);
  out.frames = await flight(page);
  await s.context.close();
  return out;
}

async function startProfile(cdp) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
}

async function stopProfile(cdp) {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return profile;
}

/** A start-up profiled from navigation to first idle (not one of the measured runs). */
async function profiledStartup(url, sources) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(probe.benchInit, sources);
  const cdp = await context.newCDPSession(page);
  await startProfile(cdp);
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench?.idle, null, { polling: 'raf', timeout: LONG });
  const profile = await stopProfile(cdp);
  await context.close();
  return profile;
}

const chunkName = (url) => basename(url.split('?')[0]).replace(/-[A-Za-z0-9_-]{8}\.(m?js)$/, '.$1') || '(no script)';

/** Where a profiled function was written: its original file and line, through the source maps. */
function origin(url, line, column) {
  const path = new URL(url).pathname;
  const file = served.findLast((e) => e.path === path)?.file;
  if (!file) return chunkName(url);
  const mapFile = file.startsWith(join(root, 'dist')) ? mapOfBuiltChunk(MAPS_DIR, file) : undefined;
  const o = original(file, line, column, mapFile);
  return o ? `${shortSource(o.source, root)}:${o.line + 1}` : `${chunkName(url)}:${line + 1}`;
}

/** Self time of a CPU profile by original source file and by function, idle left out. */
function summarise(profile) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const bySource = new Map();
  const byFunction = new Map();
  const where = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = nodes.get(profile.samples[i]).callFrame;
    if (functionName === '(idle)') continue;
    total += dt;
    const key = `${url}:${lineNumber}:${columnNumber}`;
    if (url && !where.has(key)) where.set(key, origin(url, lineNumber, columnNumber));
    const at = url ? where.get(key) : null;
    const source = at ? at.replace(/:\d+$/, '') : functionName || '(native)';
    bySource.set(source, (bySource.get(source) ?? 0) + dt);
    const fn = at ? `${functionName || '(anonymous)'} (${at})` : functionName || '(native)';
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + dt);
  }
  const top = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { total, bySource: top(bySource, 8), byFunction: top(byFunction, 8) };
}

// ---------------------------------------------------------------------------------------------

const gpu = await gpuEvidence();
say(`WebGL: ${gpu.renderer}; ${gpu.status}`);

const R = { floor: [], atlas: [], old: [], labelled: [], floor10k: [], atlas10k: [], floor100k: [], atlas100k: [] };
for (let run = 0; run < RUNS; run++) {
  // Interleaved, the order swapped every run, so a slow moment of the machine falls on both alike.
  const pairs = [
    [() => floorPage(0), 'floor', () => atlasPage(0), 'atlas'],
    [() => floorPage(10_000), 'floor10k', () => atlasPage(10_000), 'atlas10k'],
    [() => floorPage(100_000), 'floor100k', () => atlasBig(), 'atlas100k'],
  ];
  for (const [floorFn, floorKey, atlasFn, atlasKey] of pairs) {
    const order =
      run % 2
        ? [
            [atlasFn, atlasKey],
            [floorFn, floorKey],
          ]
        : [
            [floorFn, floorKey],
            [atlasFn, atlasKey],
          ];
    for (const [fn, key] of order) {
      say(`run ${run + 1}/${RUNS}: ${key} (load ${os.loadavg()[0].toFixed(2)})`);
      R[key].push(await fn());
    }
  }
  say(`run ${run + 1}/${RUNS}: old floor`);
  R.old.push(await floorPage(0, { basemap: 'old' }));
  say(`run ${run + 1}/${RUNS}: floor with names and icons`);
  R.labelled.push(await floorPage(0, { labels: true }));
}

let profiles = null;
if (PROFILE) {
  say('CPU profiles (not among the measured runs) …');
  profiles = {
    atlasStartup: summarise(await profiledStartup(APP, APP_SOURCES)),
    floorStartup: summarise(await profiledStartup(FLOOR, FLOOR_SOURCES)),
  };
  const big = await atlasBig({ profile: true });
  profiles.import = summarise(big.importProfile);
  profiles.importRun = big.import;
  profiles.tick = summarise(big.tickProfile);
  profiles.tickRun = big.tickProfileRun;
}
const chromiumVersion = browser.version();
await browser.close();
server.close();
clearInterval(loadTimer);
sampleLoad();

// JS shipped, per chunk, initial (named by dist/index.html) versus lazy.
const html = readFileSync('dist/index.html', 'utf8');
const initial = new Set([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]));
const chunks = readdirSync('dist/assets')
  .filter((f) => /\.m?js$/.test(f))
  .map((f) => ({ f, ...sizes(join('dist/assets', f)), initial: initial.has(f) }))
  .sort((a, b) => Number(b.initial) - Number(a.initial) || b.gz - a.gz);
const initialGz = chunks.filter((c) => c.initial).reduce((s, c) => s + c.gz, 0);

say('filter-and-count bench …');
const filter = execFileSync('npx', ['tsx', 'scripts/bench/filter.ts'], { encoding: 'utf8' });

// ---------------------------------------------------------------------------------------------
// The table.

const get = (key, path) => R[key].map((r) => path.split('.').reduce((o, k) => o?.[k], r));
const rows = [];
/**
 * One row: atlas and floor as min / median / max, the ratio of the medians with the range of
 * the per-run (paired) ratios, the target and whether the median meets it (and in how many runs).
 */
function row(label, atlas, floor, fmt, target) {
  const a = atlas.filter((x) => x != null);
  const f = floor?.filter((x) => x != null) ?? [];
  let ratio = '–';
  let met = '';
  const pairs = f.length
    ? atlas.map((x, i) => (x != null && floor[i] ? x / floor[i] : null)).filter((x) => x != null)
    : [];
  if (f.length && a.length) {
    const r = median(a) / median(f);
    ratio = `${r.toFixed(2)}×${pairs.length > 1 ? ` (${min(pairs).toFixed(2)}–${max(pairs).toFixed(2)})` : ''}`;
  }
  if (target && a.length) {
    const value = target.ratio ? median(a) / median(f) : median(a);
    const each = target.ratio ? pairs : a;
    const ok = (v) => (target.ratio ? Number(v.toFixed(2)) <= target.max : v <= target.max);
    met = `${ok(value) ? '**yes**' : '**no**'} (${each.filter(ok).length}/${each.length})`;
  }
  const t = target ? (target.ratio ? `≤ ${target.max.toFixed(2)}×` : `≤ ${fmt(target.max)}`) : '';
  rows.push(`| ${label} | ${spread(atlas, fmt)} | ${floor ? spread(floor, fmt) : '–'} | ${ratio} | ${t} | ${met} |`);
}

row(
  'start-up: navigation → map loaded with its sources (first idle)',
  get('atlas', 'startup.ms'),
  get('floor', 'startup.ms'),
  fmtMs,
  {
    ratio: true,
    max: 1.1,
  },
);
row(
  'main-thread busy to first idle (CDP TaskDuration)',
  get('atlas', 'startup.busy'),
  get('floor', 'startup.busy'),
  fmtMs,
  {
    ratio: true,
    max: 1.3,
  },
);
row('… of which script (ScriptDuration)', get('atlas', 'startup.script'), get('floor', 'startup.script'), fmtMs);
row('… of which style and layout', get('atlas', 'startup.styleLayout'), get('floor', 'startup.styleLayout'), fmtMs);
row('main-thread CPU to first idle (CDP ThreadTime)', get('atlas', 'startup.cpu'), get('floor', 'startup.cpu'), fmtMs);
row(
  'long tasks (> 50 ms) to first idle: count',
  get('atlas', 'startup.longCount'),
  get('floor', 'startup.longCount'),
  fmtCount,
);
row('… their summed duration', get('atlas', 'startup.longSum'), get('floor', 'startup.longSum'), fmtMs);
row('… the longest', get('atlas', 'startup.longest'), get('floor', 'startup.longest'), fmtMs);
row(
  'JS fetched to first idle (gzip -9, main thread and workers)',
  get('atlas', 'startup.js'),
  get('floor', 'startup.js'),
  fmtKb,
);
row(
  'all files fetched to first idle (gzip -9; data are JS chunks in the atlas, GeoJSON in the floor)',
  get('atlas', 'startup.all'),
  get('floor', 'startup.all'),
  fmtKb,
);
for (const [n, a, f] of [
  ['no extra points', 'atlas', 'floor'],
  ['10k points', 'atlas10k', 'floor10k'],
  ['100k points', 'atlas100k', 'floor100k'],
]) {
  const targets = n !== '100k points';
  row(
    `flight, ${n}: frame time median`,
    get(a, 'frames.median'),
    get(f, 'frames.median'),
    fmtMs,
    targets ? { ratio: true, max: 1.0 } : undefined,
  );
  row(`… p95`, get(a, 'frames.p95'), get(f, 'frames.p95'), fmtMs, targets ? { ratio: true, max: 1.25 } : undefined);
  row(`… longest gap`, get(a, 'frames.longest'), get(f, 'frames.longest'), fmtMs);
}
row(`import 100k (CSV, ${CSV_100K_MB} MB): file chosen → review shown`, get('atlas100k', 'import.review'), null, fmtMs);
row('… longest frame gap meanwhile (the file read in a worker)', get('atlas100k', 'import.parseGap'), null, fmtMs);
row(
  '… confirm → layer drawn (own source on the map, map idle); floor: the same points added as a GeoJSON source → idle',
  get('atlas100k', 'import.drawn'),
  get('floor', 'add.drawn'),
  fmtMs,
);
row('… confirm → counted (zone panel shows the count)', get('atlas100k', 'import.counted'), null, fmtMs, { max: 1500 });
row(
  '… longest frame gap, confirm → drawn and counted; floor: added → drawn',
  get('atlas100k', 'import.gap'),
  get('floor', 'add.gap'),
  fmtMs,
  { max: 200 },
);
row(
  'memory at 100k after GC: main-thread JS heap',
  get('atlas100k', 'memory.heap'),
  get('floor100k', 'memory.heap'),
  fmtMb,
  {
    ratio: true,
    max: 1.25,
  },
);
row('… renderer process PSS (workers included)', get('atlas100k', 'memory.pss'), get('floor100k', 'memory.pss'), fmtMb);
const ticks = R.atlas100k.flatMap((r) => r.ticks);
row(
  `zone tick at 100k (${ticks.length} clicks: tick, untick, two zones): click → own count shown`,
  ticks.map((t) => t.shown),
  null,
  fmtMs,
  { max: 50 },
);
row(
  '… longest frame gap in the 2 s after the click; floor: after one paint change of its 100k layer (one redraw)',
  ticks.map((t) => t.gap),
  R.floor100k.flatMap((r) => r.repaints),
  fmtMs,
  { max: 100 },
);

const loadSpread = `${min(loads).toFixed(2)} / ${median(loads).toFixed(2)} / ${max(loads).toFixed(2)}`;
const out = [];
out.push(
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${process.platform} ${os.release()}, node ${process.version}, Chromium ${chromiumVersion} headless, ${new Date().toISOString().slice(0, 10)}`,
);
out.push(`WebGL in the GPU process: ${gpu.renderer} (${gpu.version}); ${gpu.status}`);
out.push(`Flags: ${BENCH_FLAGS.join(' ')}`);
out.push(
  `${RUNS} runs, atlas and floor interleaved (order swapped every run), fresh context (cold cache, service workers blocked) per page; 1-min load average min / median / max during the bench: ${loadSpread}; bench took ${Math.round((Date.now() - began) / 1000)} s`,
);
out.push('');
out.push(
  'Floor: a bare MapLibre page drawing the same basemap and data files (scripts/bench/bare.html), extra points as `?points=N`, the same seeded points the atlas imports as CSV. Figures are min / **median** / max over the runs; ratio = median ÷ median, with the range of the per-run ratios; met = the median meets the target (runs or clicks meeting it).',
);
out.push('');
out.push('| measure | atlas | floor: bare MapLibre | ratio | target | met |');
out.push('|---|---|---|---|---|---|');
out.push(...rows);
out.push('');
const oldMs = get('old', 'startup.ms');
out.push(
  `Second floor, start-up only (the bare page with the old GSHHG-only basemap): ${spread(oldMs, fmtMs)}; atlas ÷ it ${(median(get('atlas', 'startup.ms')) / median(oldMs)).toFixed(2)}×, city floor ÷ it ${(median(get('floor', 'startup.ms')) / median(oldMs)).toFixed(2)}×.`,
);
const labelledMs = get('labelled', 'startup.ms');
out.push(
  `Third floor, start-up only (the bare page with a name and an icon on every place, text rendered locally as the atlas's is: the kinds of drawing the atlas does, without the app): ${spread(labelledMs, fmtMs)}; it ÷ the floor ${(median(labelledMs) / median(get('floor', 'startup.ms'))).toFixed(2)}×, atlas ÷ it ${(median(get('atlas', 'startup.ms')) / median(labelledMs)).toFixed(2)}×; main-thread busy ${spread(get('labelled', 'startup.busy'), fmtMs)}, ÷ the floor ${(median(get('labelled', 'startup.busy')) / median(get('floor', 'startup.busy'))).toFixed(2)}×, atlas ÷ it ${(median(get('atlas', 'startup.busy')) / median(get('labelled', 'startup.busy'))).toFixed(2)}×; flight with no extra points, frame median ${spread(get('labelled', 'frames.median'), fmtMs)} (÷ the floor ${(median(get('labelled', 'frames.median')) / median(get('floor', 'frames.median'))).toFixed(2)}×), p95 ${spread(get('labelled', 'frames.p95'), fmtMs)} (÷ the floor ${(median(get('labelled', 'frames.p95')) / median(get('floor', 'frames.p95'))).toFixed(2)}×).`,
);
out.push('');
const tickDetail = ticks.map(
  (t) =>
    `${t.on ? '+' : '−'}${t.zone.replace('zone-', '')} ${fmtMs(t.shown)}/${fmtMs(t.gap)} (${t.before} → ${t.after ?? 'no change seen'})`,
);
out.push(`Zone clicks (click → shown / longest gap; own row inside / within / total): ${tickDetail.join('; ')}.`);
out.push('');
out.push(
  `JS fetched to first idle, atlas: ${R.atlas[0].startup.jsFiles.map(chunkName).join(', ')}; floor: ${R.floor[0].startup.jsFiles.join(', ')}. Atlas initial JS named by dist/index.html: ${fmtKb(initialGz)} gzip.`,
);
if (profiles) {
  const fmtTop = (list) => list.map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join('; ');
  const block = (title, p) => [
    `- ${title}: ${p.total.toFixed(0)} ms sampled on the main thread. By source file: ${fmtTop(p.bySource)}.`,
    `  Top functions (self time): ${fmtTop(p.byFunction)}.`,
  ];
  out.push('');
  out.push('Where the main thread goes (CDP CPU profiles, 0.5 ms sampling, one extra run each, not in the table):');
  out.push(...block('atlas start-up to first idle', profiles.atlasStartup));
  out.push(...block('floor start-up to first idle', profiles.floorStartup));
  out.push(
    ...block(
      `atlas 100k import, confirm → drawn and counted (this run: counted ${fmtMs(profiles.importRun.counted)}, drawn ${fmtMs(profiles.importRun.drawn)}, longest gap ${fmtMs(profiles.importRun.gap)})`,
      profiles.import,
    ),
  );
  out.push(
    ...block(
      `atlas zone tick at 100k, 2 s after the click (this click: shown ${fmtMs(profiles.tickRun.shown)}, longest gap ${fmtMs(profiles.tickRun.gap)})`,
      profiles.tick,
    ),
  );
}
out.push('');
out.push('| JS chunk | load | raw | gzip |');
out.push('|---|---|---|---|');
for (const c of chunks)
  out.push(`| ${chunkName(c.f)} | ${c.initial ? 'initial' : 'lazy'} | ${fmtKb(c.raw)} | ${fmtKb(c.gz)} |`);
out.push(`| **initial total** | | | **${fmtKb(initialGz)}** |`);
out.push('');
out.push(filter.trim());
const table = out.join('\n');
console.log(`\n${table}`);
mkdirSync('test-results', { recursive: true });
writeFileSync('test-results/bench.md', `${table}\n`);
