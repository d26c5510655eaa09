/// <reference lib="webworker" />
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { buildZoneIndex } from './zone-index';

// Builds a zone index off the main thread, so a 100k-point import never freezes the page.
self.onmessage = (
  e: MessageEvent<{ id: number; points: Position[]; zones: Feature<Polygon | MultiPolygon, { id: string }>[] }>,
) => {
  const { id, points, zones } = e.data;
  const index = buildZoneIndex(points, zones);
  (self as unknown as Worker).postMessage({ id, index }, [index.distances.buffer]);
};
