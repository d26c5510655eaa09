/// <reference lib="webworker" />
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { buildZoneIndex, unpackPositions } from './zone-index';

// Builds a zone index off the main thread, so a 100k-point import never freezes the page. A build
// that throws is answered with its error, so the page builds that one itself (zone-index-async.ts).
self.onmessage = (
  e: MessageEvent<{ id: number; coords: Float64Array; zones: Feature<Polygon | MultiPolygon, { id: string }>[] }>,
) => {
  const { id, coords, zones } = e.data;
  try {
    const index = buildZoneIndex(unpackPositions(coords), zones);
    (self as unknown as Worker).postMessage({ id, index }, [index.distances.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
