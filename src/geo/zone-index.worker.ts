/// <reference lib="webworker" />
import { buildZoneIndex, unpackPositions } from './zone-index';
import type { IndexAnswer, IndexRequest } from './zone-index-async';

// Builds a zone index off the main thread, so a 100k-point import never freezes the page. A build
// that throws is answered with its error, so the page builds that one itself (zone-index-async.ts).
const post = (m: IndexAnswer, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<IndexRequest>) => {
  const { id, coords, zones } = e.data;
  try {
    const index = buildZoneIndex(unpackPositions(coords), zones);
    post({ id, index }, [index.distances.buffer]);
  } catch (err) {
    post({ id, error: err instanceof Error ? err.message : String(err) });
  }
};
