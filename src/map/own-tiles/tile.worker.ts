/// <reference lib="webworker" />
import {
  buildOwnTileIndex,
  ownClusterExpansionZoom,
  ownTileBytes,
  type OwnTileIndex,
  type OwnTileInput,
} from './tile-index';

/** What the page asks: load (or replace) a layer, one tile, a cluster's expansion zoom, drop a layer. */
export type TileRequest =
  | { type: 'load'; id: number; layer: string; input: OwnTileInput }
  | { type: 'tile'; id: number; layer: string; z: number; x: number; y: number }
  | { type: 'expansion'; id: number; layer: string; clusterId: number }
  | { type: 'drop'; layer: string };

/** Every request with an id gets one answer with that id: a value, or the reason it failed. */
export type TileAnswer =
  | { id: number; ok: true; bytes?: ArrayBuffer; zoom?: number }
  | { id: number; ok: false; reason: string };

const indexes = new Map<string, OwnTileIndex>();
const post = (m: TileAnswer, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<TileRequest>) => {
  const m = e.data;
  if (m.type === 'drop') {
    indexes.delete(m.layer);
    return;
  }
  try {
    if (m.type === 'load') {
      indexes.set(m.layer, buildOwnTileIndex(m.input));
      post({ id: m.id, ok: true });
      return;
    }
    const index = indexes.get(m.layer);
    if (!index) {
      post({ id: m.id, ok: false, reason: `no layer ${m.layer} in the tile worker` });
      return;
    }
    if (m.type === 'tile') {
      // A fresh buffer of exactly the tile's bytes, handed back without a copy.
      const bytes = ownTileBytes(index, m.z, m.x, m.y).slice().buffer;
      post({ id: m.id, ok: true, bytes }, [bytes]);
    } else {
      post({ id: m.id, ok: true, zoom: ownClusterExpansionZoom(index, m.clusterId) });
    }
  } catch (err) {
    post({ id: m.id, ok: false, reason: err instanceof Error ? err.message : String(err) });
  }
};
