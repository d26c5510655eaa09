import { LAYER_SYMBOLS, SHAPES, ZONE_STYLE } from './layers/symbols';
import type { PointLayerId } from '../data/layers';

export interface PngMeta {
  title: string;
  subtitle: string;
  legend: { layer: PointLayerId | 'zones'; name: string }[];
  attribution: string;
  /** Metres per CSS pixel at the centre of the view. */
  metresPerPixel: number;
}

/** A round scale-bar length (1, 2 or 5 × 10ⁿ metres) no longer than `maxPx`. */
export function niceScale(metresPerPixel: number, maxPx = 120): { metres: number; px: number; label: string } {
  const max = metresPerPixel * maxPx;
  const pow = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * pow).find((m) => m <= max) ?? pow;
  return { metres, px: metres / metresPerPixel, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

/**
 * The current view as a PNG of the map's own size: the map (needs preserveDrawingBuffer), a
 * title band, the legend, a scale bar and the attribution drawn on top.
 */
export async function exportPng(mapCanvas: HTMLCanvasElement, meta: PngMeta): Promise<Blob> {
  const ratio = mapCanvas.width / mapCanvas.clientWidth || 1;
  const out = document.createElement('canvas');
  out.width = mapCanvas.width;
  out.height = mapCanvas.height;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(mapCanvas, 0, 0);
  ctx.scale(ratio, ratio);
  const W = mapCanvas.clientWidth;
  const H = mapCanvas.clientHeight;
  const font = (size: number, weight = 400) => `${weight} ${size}px Inter, system-ui, sans-serif`;

  // Title band.
  ctx.fillStyle = 'rgba(18,58,92,0.92)';
  ctx.fillRect(0, 0, W, 52);
  ctx.fillStyle = '#fff';
  ctx.font = font(18, 600);
  ctx.fillText(meta.title, 14, 23);
  ctx.font = font(12);
  ctx.fillText(meta.subtitle, 14, 42);

  // Legend, bottom left.
  const rowH = 20;
  const boxH = meta.legend.length * rowH + 14;
  const boxW = Math.min(300, W - 20);
  const top = H - boxH - 34;
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fillRect(10, top, boxW, boxH);
  meta.legend.forEach((item, i) => {
    const y = top + 8 + i * rowH;
    ctx.save();
    ctx.translate(16, y);
    ctx.scale(16 / 24, 16 / 24);
    if (item.layer === 'zones') {
      ctx.fillStyle = 'rgba(213,94,0,0.25)';
      ctx.strokeStyle = ZONE_STYLE.proposed.line;
      ctx.lineWidth = 3;
      ctx.fillRect(3, 3, 18, 18);
      ctx.strokeRect(3, 3, 18, 18);
    } else {
      ctx.fillStyle = LAYER_SYMBOLS[item.layer].colour;
      ctx.fill(new Path2D(SHAPES[LAYER_SYMBOLS[item.layer].shape]));
    }
    ctx.restore();
    ctx.fillStyle = '#1d232b';
    ctx.font = font(12.5);
    ctx.fillText(item.name, 40, y + 13);
  });

  // Scale bar, bottom right.
  const scale = niceScale(meta.metresPerPixel);
  const sx = W - scale.px - 16;
  const sy = H - 44;
  ctx.fillStyle = 'rgba(255,255,255,0.9)';
  ctx.fillRect(sx - 6, sy - 16, scale.px + 12, 26);
  ctx.strokeStyle = '#1d232b';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(sx, sy - 4);
  ctx.lineTo(sx, sy + 4);
  ctx.lineTo(sx + scale.px, sy + 4);
  ctx.lineTo(sx + scale.px, sy - 4);
  ctx.stroke();
  ctx.fillStyle = '#1d232b';
  ctx.font = font(11);
  ctx.fillText(scale.label, sx + 3, sy - 3);

  // Attribution strip.
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(0, H - 20, W, 20);
  ctx.fillStyle = '#333';
  ctx.font = font(10.5);
  ctx.fillText(meta.attribution, 8, H - 6, W - 16);

  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}
