import type { Map as MaplibreMap } from 'maplibre-gl';
import { LAYER_SYMBOLS, SHAPES, ICON_PIXEL_RATIO, iconId } from './symbols';
import type { PointLayerId } from '../../data/layers';
import { POINT_LAYER_IDS } from '../../data/layers';

const SIZE = 24;

let scratch: CanvasRenderingContext2D | null = null;

/**
 * One 2D context for every icon, kept in memory: `willReadFrequently` makes the browser back it
 * with the CPU, so reading the pixels back is a copy. A default (GPU-backed) canvas made each
 * read a synchronous GPU round trip, 0.5–1.2 s of start-up for nine icons measured in Chromium.
 */
function iconContext(px: number): CanvasRenderingContext2D {
  if (!scratch) {
    const canvas = document.createElement('canvas');
    canvas.width = px;
    canvas.height = px;
    scratch = canvas.getContext('2d', { willReadFrequently: true })!;
  }
  scratch.setTransform(1, 0, 0, 1, 0, 0);
  scratch.clearRect(0, 0, px, px);
  return scratch;
}

/** Rasterise one layer's symbol (white halo, coloured shape) for map.addImage. */
export function renderIcon(layer: PointLayerId): ImageData {
  const { colour, shape } = LAYER_SYMBOLS[layer];
  const px = SIZE * ICON_PIXEL_RATIO;
  const ctx = iconContext(px);
  ctx.scale(ICON_PIXEL_RATIO, ICON_PIXEL_RATIO);
  // Shrink a little so the halo fits inside the box.
  ctx.translate(2, 2);
  ctx.scale(20 / 24, 20 / 24);
  const path = new Path2D(SHAPES[shape]);
  ctx.lineJoin = 'round';
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = 4;
  ctx.stroke(path);
  ctx.fillStyle = colour;
  ctx.fill(path);
  return ctx.getImageData(0, 0, px, px);
}

/** The layer an icon id belongs to, or null for images that are not ours. */
export function layerOfIcon(id: string): PointLayerId | null {
  return POINT_LAYER_IDS.find((l) => iconId(l) === id) ?? null;
}

/**
 * Icons are generated, not fetched. The resolver brings them back by itself after a basemap
 * switch (a new style drops every image); the atlas layers mount only once it is in place.
 */
export function provideIcons(map: MaplibreMap): void {
  map.setMissingStyleImageResolver((id) => {
    const layer = layerOfIcon(id);
    if (layer && !map.hasImage(id)) map.addImage(id, renderIcon(layer), { pixelRatio: ICON_PIXEL_RATIO });
  });
}
