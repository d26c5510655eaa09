import type { Map as MaplibreMap } from 'maplibre-gl';
import { mapLib } from '../map-lib';
import { provideIcons } from '../layers/icons';
import { LAYER_SYMBOLS, SHAPES, ZONE_STYLE } from '../layers/symbols';
import { metresPerPixel, niceScale } from './scale';
import { sheetLayout, wrapText, type Paper, type Rect } from './sheet-layout';
import type { SheetSummary } from './sheet-summary';
import { t, type Lang } from '../../i18n/i18n';

/** The map is drawn at twice the sheet's CSS size so type on paper is as sharp as on screen. */
const MAP_PIXEL_RATIO = 2;
const IDLE_TIMEOUT_MS = 45_000;
const INK = '#1d232b';
const BRAND = '#123a5c';

export interface RenderedSheet {
  canvas: HTMLCanvasElement;
  /** The area the sheet's map shows, [west, south, east, north]: it holds the on-screen view. */
  bounds: [number, number, number, number];
}

/**
 * Draw the current view as a sheet of paper: a second, off-screen map of the page's shape fitted
 * to what the screen shows (so the whole viewed area is on the page, whatever the window), then
 * title, legend, state, scale, date and credits around it. PNG and print both use this.
 */
export async function renderSheet(
  map: MaplibreMap,
  paper: Paper,
  summary: SheetSummary,
  lang: Lang,
): Promise<RenderedSheet> {
  const L = sheetLayout(paper);
  const { image, bounds, zoom, lat } = await drawMapOffscreen(map, L.map);
  const canvas = document.createElement('canvas');
  canvas.width = L.width;
  canvas.height = L.height;
  const ctx = canvas.getContext('2d')!;
  const k = L.k;
  const font = (size: number, weight = 400) => `${weight} ${Math.round(size * k)}px Inter, system-ui, sans-serif`;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, L.width, L.height);

  // Title band.
  ctx.fillStyle = BRAND;
  ctx.fillRect(L.header.x, L.header.y, L.header.w, L.header.h);
  ctx.fillStyle = '#fff';
  ctx.font = font(34, 600);
  ctx.fillText(summary.title, L.header.x + 24 * k, L.header.y + 46 * k, L.header.w * 0.6);
  ctx.font = font(19);
  ctx.fillText(summary.subtitle, L.header.x + 24 * k, L.header.y + 82 * k, L.header.w - 48 * k);
  ctx.textAlign = 'right';
  ctx.font = font(17);
  ctx.fillText(summary.date, L.header.x + L.header.w - 24 * k, L.header.y + 44 * k);
  ctx.textAlign = 'left';

  // The map in its frame, with a scale bar.
  ctx.drawImage(image, L.map.x, L.map.y, L.map.w, L.map.h);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2 * k;
  ctx.strokeRect(L.map.x, L.map.y, L.map.w, L.map.h);
  drawScale(ctx, L.map, metresPerPixel(lat, zoom) / MAP_PIXEL_RATIO, k, font);

  drawSide(ctx, L.side, summary, k, font, lang);

  // Credits: every source, wrapped to the page.
  ctx.fillStyle = '#333';
  ctx.font = font(13.5);
  const lines = wrapText(summary.credits, L.footer.w, (s) => ctx.measureText(s).width);
  for (const [i, line] of lines.slice(0, 6).entries()) ctx.fillText(line, L.footer.x, L.footer.y + (18 + i * 19) * k);
  return { canvas, bounds };
}

async function drawMapOffscreen(map: MaplibreMap, frame: Rect) {
  const maplibre = await mapLib;
  const container = document.createElement('div');
  // Off screen but laid out: MapLibre needs a real size to render.
  Object.assign(container.style, {
    position: 'fixed',
    left: '-20000px',
    top: '0',
    width: `${frame.w / MAP_PIXEL_RATIO}px`,
    height: `${frame.h / MAP_PIXEL_RATIO}px`,
  });
  document.body.appendChild(container);
  const b = map.getBounds();
  const view: [number, number, number, number] = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  const off = new maplibre.Map({
    container,
    style: map.getStyle(),
    bounds: view,
    fitBoundsOptions: { padding: 8 },
    interactive: false,
    attributionControl: false,
    pixelRatio: MAP_PIXEL_RATIO,
    fadeDuration: 0,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  provideIcons(off);
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timeout')), IDLE_TIMEOUT_MS);
      off.once('idle', () => {
        clearTimeout(timer);
        resolve();
      });
      off.once('error', (e) => console.warn('sheet map error', e.error?.message));
    });
    const image = document.createElement('canvas');
    image.width = off.getCanvas().width;
    image.height = off.getCanvas().height;
    image.getContext('2d')!.drawImage(off.getCanvas(), 0, 0);
    const ob = off.getBounds();
    return {
      image,
      bounds: [ob.getWest(), ob.getSouth(), ob.getEast(), ob.getNorth()] as [number, number, number, number],
      zoom: off.getZoom(),
      lat: off.getCenter().lat,
    };
  } finally {
    off.remove();
    container.remove();
  }
}

type Font = (size: number, weight?: number) => string;

function drawScale(ctx: CanvasRenderingContext2D, frame: Rect, mpp: number, k: number, font: Font) {
  const scale = niceScale(mpp, 220 * k);
  const x = frame.x + 18 * k;
  const y = frame.y + frame.h - 22 * k;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(x - 8 * k, y - 28 * k, scale.px + 16 * k, 40 * k);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 3 * k;
  ctx.beginPath();
  ctx.moveTo(x, y - 6 * k);
  ctx.lineTo(x, y + 4 * k);
  ctx.lineTo(x + scale.px, y + 4 * k);
  ctx.lineTo(x + scale.px, y - 6 * k);
  ctx.stroke();
  ctx.fillStyle = INK;
  ctx.font = font(15, 600);
  ctx.fillText(scale.label, x + 4 * k, y - 10 * k);
}

function drawSide(ctx: CanvasRenderingContext2D, side: Rect, s: SheetSummary, k: number, font: Font, lang: Lang) {
  let y = side.y + 8 * k;
  const heading = (text: string) => {
    ctx.fillStyle = BRAND;
    ctx.font = font(18, 600);
    ctx.fillText(text, side.x, y + 16 * k);
    y += 32 * k;
  };
  const para = (text: string, size = 15, colour = INK) => {
    ctx.fillStyle = colour;
    ctx.font = font(size);
    for (const line of wrapText(text, side.w, (x) => ctx.measureText(x).width)) {
      ctx.fillText(line, side.x, y + size * k);
      y += size * 1.4 * k;
    }
    y += 6 * k;
  };

  heading(t('sheet.legend', lang));
  for (const item of s.legend) {
    ctx.save();
    ctx.translate(side.x, y);
    ctx.scale((22 * k) / 24, (22 * k) / 24);
    if (item.layer === 'zones') {
      ctx.fillStyle = 'rgba(213,94,0,0.25)';
      ctx.strokeStyle = ZONE_STYLE.proposed.line;
      ctx.lineWidth = 3;
      ctx.fillRect(3, 3, 18, 18);
      ctx.strokeRect(3, 3, 18, 18);
    } else {
      const path = new Path2D(SHAPES[LAYER_SYMBOLS[item.layer].shape]);
      ctx.strokeStyle = '#fff';
      ctx.lineWidth = 3;
      ctx.stroke(path);
      ctx.fillStyle = LAYER_SYMBOLS[item.layer].colour;
      ctx.fill(path);
    }
    ctx.restore();
    ctx.fillStyle = INK;
    ctx.font = font(15.5);
    ctx.fillText(item.name, side.x + 34 * k, y + 17 * k, side.w - 34 * k);
    y += 30 * k;
  }
  if (s.own.length) para(`${t('sheet.ownLayers', lang)}: ${s.own.join(', ')}`, 14);
  y += 12 * k;
  heading(t('sheet.shows', lang));
  if (s.state.length) for (const line of s.state) para(line, 15);
  else para(t('sheet.everything', lang), 15);
  y += 8 * k;
  for (const g of s.growth) {
    if (y + 170 * k > side.y + side.h) break;
    heading(`${s.growthTitle}: ${g.zone}`);
    drawGrowth(ctx, { x: side.x, y, w: side.w, h: 110 * k }, g, k, font);
    y += 124 * k;
    ctx.font = font(12.5);
    ctx.fillStyle = BRAND;
    ctx.fillText(`━ ${s.growthKey[0]}`, side.x, y);
    ctx.fillStyle = '#c2407f';
    ctx.fillText(`━ ${s.growthKey[1]}`, side.x + ctx.measureText(`━ ${s.growthKey[0]}  `).width, y);
    y += 18 * k;
  }
  para(s.coverage, 13, '#444');
}

/** The zone's growth curve (organisations, companies) as on screen, small. */
function drawGrowth(ctx: CanvasRenderingContext2D, r: Rect, g: SheetSummary['growth'][number], k: number, font: Font) {
  const max = Math.max(1, ...g.organisations);
  const x = (i: number) => r.x + 30 * k + (i / Math.max(1, g.organisations.length - 1)) * (r.w - 36 * k);
  const y = (n: number) => r.y + r.h - 18 * k - (n / max) * (r.h - 26 * k);
  ctx.strokeStyle = '#999';
  ctx.lineWidth = 1 * k;
  ctx.beginPath();
  ctx.moveTo(x(0), y(0));
  ctx.lineTo(x(g.organisations.length - 1), y(0));
  ctx.stroke();
  const line = (values: number[], colour: string) => {
    ctx.strokeStyle = colour;
    ctx.lineWidth = 2.5 * k;
    ctx.beginPath();
    for (const [i, v] of values.entries()) {
      if (i) ctx.lineTo(x(i), y(v));
      else ctx.moveTo(x(i), y(v));
    }
    ctx.stroke();
  };
  line(g.organisations, BRAND);
  line(g.companies, '#c2407f');
  ctx.fillStyle = '#555';
  ctx.font = font(12);
  ctx.fillText(String(max), r.x, y(max) + 4 * k);
  ctx.fillText('0', r.x + 12 * k, y(0));
  ctx.fillText(String(g.from), x(0), r.y + r.h);
  ctx.textAlign = 'right';
  ctx.fillText(String(g.to), x(g.organisations.length - 1), r.y + r.h);
  ctx.textAlign = 'left';
}
