import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { buildZoneIndex, type ZoneIndex } from './zone-index';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, (index: ZoneIndex) => void>();

/**
 * buildZoneIndex in a Web Worker where there is one (the browser), inline where there is not
 * (jsdom, node). Small inputs stay inline: posting them costs more than building.
 */
export function buildZoneIndexAsync(
  points: Position[],
  zones: Feature<Polygon | MultiPolygon, { id: string }>[],
): Promise<ZoneIndex> {
  if (typeof Worker === 'undefined' || points.length < 2000) return Promise.resolve(buildZoneIndex(points, zones));
  if (!worker) {
    worker = new Worker(new URL('./zone-index.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (e: MessageEvent<{ id: number; index: ZoneIndex }>) => {
      pending.get(e.data.id)?.(e.data.index);
      pending.delete(e.data.id);
    };
  }
  const id = nextId++;
  return new Promise((resolve) => {
    pending.set(id, resolve);
    worker!.postMessage({ id, points, zones });
  });
}
