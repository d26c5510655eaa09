// Functions the bench runs inside the page (page.addInitScript / page.evaluate serialise them, so
// each is self-contained). Times are performance.now(): milliseconds since navigation start.

/**
 * From the first script of every document: long tasks (PerformanceObserver 'longtask'), and a
 * requestAnimationFrame watch for the first idle: `window.atlasMap` loaded() with the given
 * sources. At that frame it notes the time and the long tasks so far, then stops watching.
 */
export function benchInit(sources) {
  const b = { longtasks: [], idle: null };
  window.__bench = b;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the bench reports none.
  }
  const watch = () => {
    const m = window.atlasMap;
    if (m?.loaded() && sources.every((id) => m.getSource(id))) {
      b.idle = { t: performance.now(), longtasks: [...b.longtasks] };
      return;
    }
    requestAnimationFrame(watch);
  };
  requestAnimationFrame(watch);
}

/** Resolves (with nothing: an idle event would make Playwright serialise the map) at the next idle. */
export function mapIdle() {
  return new Promise((resolve) => {
    const m = window.atlasMap;
    m.once('idle', () => resolve(null));
    m.triggerRepaint();
  });
}

/** The style layer id of an own layer's source, if one is on the map (cheap: no getStyle()). */
export function ownSourceOnMap() {
  const m = window.atlasMap;
  const id = m?.getLayersOrder().find((l) => l.startsWith('own-'));
  return id ? m.getLayer(id).source : null;
}

/** Frame times while the camera flies over Hagastaden, zooms in and out and pans. */
export async function flight() {
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
}

/**
 * Watches an import through the UI: file chosen (the input's change event, once Playwright has
 * handed the file to the page) → review shown (Import button enabled) → confirmed (its click) →
 * drawn (an own- source on the map, then the map's next idle) → counted (the own layer's row in
 * the zone panel's counts no longer '…'). Every animation frame's time is kept, for the gaps.
 * On confirm it opens the Zones tab, as the planner would next, where the counts are.
 */
export function watchImport() {
  const w = { chosen: null, review: null, confirm: null, source: null, drawn: null, counted: null, frames: [] };
  window.__bench.imp = w;
  document.addEventListener(
    'change',
    (e) => {
      if (w.chosen === null && e.target?.dataset?.testid === 'import-file') w.chosen = performance.now();
    },
    true,
  );
  document.addEventListener(
    'click',
    (e) => {
      if (w.confirm !== null || !e.target?.closest?.('[data-testid="import-confirm"]')) return;
      w.confirm = performance.now();
      setTimeout(() => document.getElementById('tab-zones')?.click(), 0);
    },
    true,
  );
  const loop = () => {
    const now = performance.now();
    w.frames.push(now);
    if (w.chosen !== null && w.review === null) {
      const button = document.querySelector('[data-testid="import-confirm"]');
      if (button && !button.disabled) w.review = now;
    }
    if (w.confirm !== null) {
      const m = window.atlasMap;
      if (w.source === null && m.getLayersOrder().some((l) => l.startsWith('own-'))) {
        w.source = now;
        m.once('idle', () => {
          w.drawn = performance.now();
        });
      }
      if (w.counted === null) {
        const row = [...document.querySelectorAll('[data-testid="counts"] tbody tr')].find((r) =>
          r.dataset.layer?.startsWith('user-'),
        );
        if (row && !row.textContent.includes('…')) w.counted = now;
      }
    }
    if (w.counted === null || w.drawn === null) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/**
 * Before a zone's checkbox is clicked: notes the click's time (capture phase, before the app sees
 * it), the first animation frame at which the own layer's counts row shows a new figure, and every
 * frame for 2 s after the click.
 */
export function watchTick(zone) {
  const row = () =>
    [...document.querySelectorAll('[data-testid="counts"] tbody tr')].find((r) => r.dataset.layer?.startsWith('user-'));
  const text = () =>
    [...(row()?.querySelectorAll('[data-count]') ?? [])].map((td) => td.textContent).join(' / ') || 'none';
  const input = document.querySelector(`input[data-zone="${zone}"]`);
  const w = { before: text(), after: null, click: null, shown: null, frames: [], done: false };
  window.__bench.tick = w;
  const onClick = (e) => {
    if (w.click === null && e.target === input) w.click = performance.now();
  };
  window.addEventListener('click', onClick, true);
  const loop = () => {
    const now = performance.now();
    if (w.click !== null) {
      w.frames.push(now);
      const t = text();
      if (w.shown === null && t !== w.before && !t.includes('…')) {
        w.shown = now;
        w.after = t;
      }
      if (now - w.click > 2000) {
        window.removeEventListener('click', onClick, true);
        w.done = true;
        return;
      }
    }
    requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
}

/** The WebGL renderer as the page sees it (WEBGL_debug_renderer_info). */
export function webglRenderer() {
  const gl =
    document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  if (!gl) return { renderer: 'no WebGL', version: '' };
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const out = {
    renderer: info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER),
    version: gl.getParameter(gl.VERSION),
  };
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return out;
}

/**
 * The floor's zone tick: the cheapest visible change MapLibre can make to the 100k layer (one
 * constant paint property, no new data, no new program), and every frame for 2 s after. Its
 * longest gap is what one redraw costs on this machine: no tick can be shorter.
 */
export async function floorRepaint(opacity) {
  await new Promise((r) => requestAnimationFrame(r));
  const at = performance.now();
  window.atlasMap.setPaintProperty('synthetic', 'circle-opacity', opacity);
  const frames = [];
  await new Promise((resolve) => {
    const loop = () => {
      const now = performance.now();
      frames.push(now);
      if (now - at < 2000) requestAnimationFrame(loop);
      else resolve(null);
    };
    requestAnimationFrame(loop);
  });
  return { at, frames };
}

/**
 * The floor's import: the same 100k points added to the bare map as a clustered GeoJSON source
 * (MapLibre's worker fetches and cuts them), time to the map's idle with them drawn, every frame.
 */
export async function floorAdd(n) {
  const m = window.atlasMap;
  const frames = [];
  let done = false;
  const loop = () => {
    frames.push(performance.now());
    if (!done) requestAnimationFrame(loop);
  };
  requestAnimationFrame(loop);
  await new Promise((r) => requestAnimationFrame(r));
  const at = performance.now();
  m.addSource('synthetic', {
    type: 'geojson',
    data: `/bench/synthetic.geojson?n=${n}`,
    cluster: true,
    clusterMaxZoom: 13,
    clusterRadius: 45,
  });
  m.addLayer({
    id: 'synthetic',
    type: 'circle',
    source: 'synthetic',
    paint: { 'circle-radius': 6, 'circle-color': '#7B3294' },
  });
  await new Promise((resolve) => {
    const check = () => (m.isSourceLoaded('synthetic') && m.loaded() ? resolve(null) : m.once('idle', check));
    m.once('idle', check);
  });
  const drawn = performance.now();
  done = true;
  return { at, drawn, frames };
}
