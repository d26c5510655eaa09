import type { TileAnswer, TileRequest } from './tile.worker';
import type { OwnTileInput } from './tile-index';
import type { WorkerPort } from '../../data/worker-port';

/** The scheme MapLibre asks for a big own layer's tiles with: own-tiles://<layer>/<version>/z/x/y. */
export const OWN_TILE_PROTOCOL = 'own-tiles';

/** The tile URL template of one build of a layer's tiles (a new version makes MapLibre fetch anew). */
export const ownTileUrl = (layerId: string, version: number) =>
  `${OWN_TILE_PROTOCOL}://${encodeURIComponent(layerId)}/${version}/{z}/{x}/{y}`;

/** The layer, z, x and y of a tile URL, or null for anything else. */
export function parseOwnTileUrl(url: string): { layer: string; z: number; x: number; y: number } | null {
  const m = /^own-tiles:\/\/([^/]+)\/\d+\/(\d+)\/(\d+)\/(\d+)$/.exec(url);
  if (!m) return null;
  return { layer: decodeURIComponent(m[1]), z: Number(m[2]), x: Number(m[3]), y: Number(m[4]) };
}

/** What the client needs of a Worker (a fake one in tests). */
export type TileWorker = WorkerPort<TileRequest, TileAnswer>;

/** The tile worker failed: this layer goes to the map the slow way (a GeoJSON source). */
export class TileWorkerFailed extends Error {
  override name = 'TileWorkerFailed';
}

/**
 * Bounds on an answer: building a layer's clusters takes ~1 s per 300,000 points here, a tile a
 * few milliseconds. Past these the worker is taken for dead, not waited on for ever.
 */
const loadBoundMs = (points: number) => 30_000 + points * 0.2;
const TILE_BOUND_MS = 20_000;

export interface TileClient {
  load(layer: string, input: OwnTileInput): Promise<void>;
  tile(layer: string, z: number, x: number, y: number): Promise<ArrayBuffer>;
  expansionZoom(layer: string, clusterId: number): Promise<number>;
  drop(layer: string): void;
  /** Why the worker failed, or null while it works. */
  failure(): string | null;
}

const describe = (e: unknown): string => {
  if (e instanceof Error) return e.message;
  if (typeof e === 'object' && e !== null && 'message' in e && e.message) return String(e.message);
  if (typeof e === 'object' && e !== null && 'type' in e) return `worker ${String(e.type)}`;
  return String(e);
};

/**
 * One worker for all big own layers, started when the first one is drawn. Every request gets an
 * answer or a failure: the worker's error, an unreadable answer, or silence past a bound all fail
 * what is waiting and everything after, with the reason, so the layer falls back instead of
 * staying blank.
 */
export function createTileClient(createWorker: () => TileWorker | null): TileClient {
  let worker: TileWorker | null = null;
  let failed: string | null = null;
  let next = 1;
  const pending = new Map<number, { resolve: (a: TileAnswer) => void; reject: (e: Error) => void; timer: number }>();

  const fail = (reason: string) => {
    if (failed) return;
    failed = reason;
    for (const p of pending.values()) {
      clearTimeout(p.timer);
      p.reject(new TileWorkerFailed(reason));
    }
    pending.clear();
    worker?.terminate();
    worker = null;
  };

  const ensure = (): TileWorker => {
    if (failed) throw new TileWorkerFailed(failed);
    if (worker) return worker;
    let w: TileWorker | null;
    try {
      w = createWorker();
    } catch (e) {
      fail(`cannot start (${describe(e)})`);
      throw new TileWorkerFailed(failed ?? '');
    }
    if (!w) {
      fail('no workers in this browser');
      throw new TileWorkerFailed(failed ?? '');
    }
    w.onmessage = (e) => {
      const answer = e.data;
      const p = pending.get(answer?.id);
      if (!p) return;
      pending.delete(answer.id);
      clearTimeout(p.timer);
      p.resolve(answer);
    };
    w.onerror = (e) => fail(describe(e));
    w.onmessageerror = () => fail('an answer could not be read');
    worker = w;
    return w;
  };

  const ask = (request: TileRequest & { id: number }, boundMs: number, transfer: Transferable[] = []) =>
    new Promise<TileAnswer>((resolve, reject) => {
      let w: TileWorker;
      try {
        w = ensure();
      } catch (e) {
        reject(e);
        return;
      }
      const timer = window.setTimeout(() => fail(`no answer in ${Math.round(boundMs / 1000)} s`), boundMs);
      pending.set(request.id, { resolve, reject, timer });
      try {
        w.postMessage(request, transfer);
      } catch (e) {
        fail(describe(e));
      }
    }).then((answer) => {
      if (!answer.ok) throw new Error(answer.reason);
      return answer;
    });

  return {
    async load(layer, input) {
      const transfer: Transferable[] = [input.coords.buffer];
      if (input.distances) transfer.push(input.distances.buffer);
      if (input.labels) transfer.push(input.labels.ends.buffer);
      await ask({ type: 'load', id: next++, layer, input }, loadBoundMs(input.coords.length / 2), transfer);
    },
    async tile(layer, z, x, y) {
      const answer = await ask({ type: 'tile', id: next++, layer, z, x, y }, TILE_BOUND_MS);
      return answer.ok && answer.bytes ? answer.bytes : new ArrayBuffer(0);
    },
    async expansionZoom(layer, clusterId) {
      const answer = await ask({ type: 'expansion', id: next++, layer, clusterId }, TILE_BOUND_MS);
      return answer.ok && typeof answer.zoom === 'number' ? answer.zoom : 0;
    },
    drop(layer) {
      if (worker && !failed) worker.postMessage({ type: 'drop', layer });
    },
    failure: () => failed,
  };
}

/** The atlas's tile client: the real worker in a browser, none (fall back) elsewhere. */
export const ownTiles: TileClient = createTileClient(() =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('./tile.worker.ts', import.meta.url), { type: 'module' }) as unknown as TileWorker),
);
