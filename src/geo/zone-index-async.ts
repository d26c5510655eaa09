import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import type { WorkerPort } from '../data/worker-port';
import { buildZoneIndex, packPositions, type ZoneIndex } from './zone-index';

type Zones = Feature<Polygon | MultiPolygon, { id: string }>[];

/** What the indexer needs of a Worker (a fake one in tests). */
export type IndexWorker = WorkerPort<IndexRequest, IndexAnswer>;
/** One job: the points as one flat array (packPositions), and the zones. */
export type IndexRequest = { id: number; coords: Float64Array; zones: Zones };
/** Its answer: the index, or why it could not be built (the page then builds it). */
export type IndexAnswer = { id: number; index?: ZoneIndex; error?: string };

export interface ZoneIndexerOptions {
  /** Makes the worker; null or a throw means there is none (the index is then built on this thread). */
  createWorker: () => IndexWorker | null;
  /** Told once, with the reason, when the worker fails and the index is built on this thread instead. */
  onFallback?: (reason: string) => void;
  /** Fewer points than this are indexed inline: posting them costs more than building. */
  minPointsForWorker?: number;
  /** How long a build may take in the worker before it counts as stuck (see timeoutFor). */
  timeoutMs?: (points: number, zones: number) => number;
}

/**
 * A worker that answers nothing at all is stuck: 10 s to start and load, then a generous 20 µs per
 * point and zone (a 100k-point layer took ~1 s for 7 zones on this 2-core machine; 1M, ~10 s).
 */
export const timeoutFor = (points: number, zones: number): number => 10_000 + points * Math.max(zones, 1) * 0.02;

/** Points indexed per slice on this thread, between which the page gets to draw. */
const SLICE = 2000;
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * buildZoneIndex on this thread in slices with a pause between them, so a big own layer does not
 * freeze the page when there is no worker; the same numbers as one call (rows are per point).
 */
export async function buildZoneIndexInSlices(points: Position[], zones: Zones, slice = SLICE): Promise<ZoneIndex> {
  if (points.length <= slice) return buildZoneIndex(points, zones);
  const Z = zones.length;
  const distances = new Uint16Array(points.length * Z);
  for (let start = 0; start < points.length; start += slice) {
    if (start > 0) await nextTask();
    const part = buildZoneIndex(points.slice(start, start + slice), zones);
    distances.set(part.distances, start * Z);
  }
  return { zoneIds: zones.map((z) => z.properties.id), count: points.length, distances };
}

/** A reason in words from an Error, an ErrorEvent (has a message) or a bare event (has a type). */
const describe = (e: unknown): string => {
  if (typeof e === 'object' && e !== null) {
    if ('message' in e && e.message) return String(e.message);
    if ('type' in e) return `worker ${String(e.type)}`;
  }
  return String(e);
};

/**
 * Zone indexes built in one shared Web Worker, and built on this thread (in slices) whenever the
 * worker cannot: it does not start, its script fails (`error`), its answer cannot be read
 * (`messageerror`), or it answers nothing within a time bounded by the input's size. Counts are
 * then still right, only slower; the failure is told once through `onFallback`. Before, a worker
 * that threw left own-layer counts at "…" for ever.
 */
export function createZoneIndexer(options: ZoneIndexerOptions) {
  const { createWorker, onFallback, minPointsForWorker = 2000, timeoutMs = timeoutFor } = options;
  let worker: IndexWorker | null = null;
  /** Once failed, the worker is not tried again in this visit: every build goes straight here. */
  let broken = false;
  let told = false;
  let nextId = 1;
  type Job = { points: Position[]; zones: Zones; resolve: (i: ZoneIndex) => void; reject: (e: unknown) => void };
  const pending = new Map<number, Job & { timer: ReturnType<typeof setTimeout> }>();

  const onThisThread = (job: Job) => buildZoneIndexInSlices(job.points, job.zones).then(job.resolve, job.reject);

  /** The worker failed: stop it, and build what it held here instead. */
  const fail = (reason: string) => {
    broken = true;
    try {
      worker?.terminate();
    } catch {
      /* already gone */
    }
    worker = null;
    if (!told) {
      told = true;
      onFallback?.(reason);
    }
    const jobs = [...pending.values()];
    pending.clear();
    for (const job of jobs) {
      clearTimeout(job.timer);
      void onThisThread(job);
    }
  };

  const start = (): IndexWorker | null => {
    if (worker) return worker;
    let w: IndexWorker | null;
    try {
      w = createWorker();
    } catch (e) {
      broken = true;
      if (!told) {
        told = true;
        onFallback?.(describe(e));
      }
      return null;
    }
    if (!w) return null;
    w.onmessage = (e) => {
      const job = pending.get(e.data?.id);
      if (!job) return;
      pending.delete(e.data.id);
      clearTimeout(job.timer);
      if (e.data.index) job.resolve(e.data.index);
      // The worker caught its own failure for this job: this one is built here, the worker stays.
      else void onThisThread(job);
    };
    w.onerror = (e) => {
      // A worker error event not handled here would also be reported on the page as uncaught.
      e.preventDefault?.();
      fail(describe(e));
    };
    w.onmessageerror = (e) => fail(describe(e));
    worker = w;
    return w;
  };

  return function build(points: Position[], zones: Zones): Promise<ZoneIndex> {
    if (points.length < minPointsForWorker) return Promise.resolve(buildZoneIndex(points, zones));
    const w = broken ? null : start();
    if (!w) return buildZoneIndexInSlices(points, zones);
    const id = nextId++;
    return new Promise<ZoneIndex>((resolve, reject) => {
      const timer = setTimeout(
        () => fail(`no answer in ${Math.round(timeoutMs(points.length, zones.length) / 1000)} s`),
        timeoutMs(points.length, zones.length),
      );
      pending.set(id, { points, zones, resolve, reject, timer });
      try {
        // The points go as one flat array, handed over rather than cloned point by point.
        const coords = packPositions(points);
        w.postMessage({ id, coords, zones }, [coords.buffer]);
      } catch (e) {
        fail(describe(e));
      }
    });
  };
}

let fallbackListener: ((reason: string) => void) | null = null;
/** Hear, once, that the zone-index worker failed and indexes are built on the page instead. */
export function onZoneIndexFallback(listener: (reason: string) => void): void {
  fallbackListener = listener;
}

/**
 * buildZoneIndex in a Web Worker where there is one (the browser), inline where there is not
 * (jsdom, node). Small inputs stay inline: posting them costs more than building.
 */
export const buildZoneIndexAsync: (points: Position[], zones: Zones) => Promise<ZoneIndex> = createZoneIndexer({
  createWorker: () =>
    typeof Worker === 'undefined'
      ? null
      : (new Worker(new URL('./zone-index.worker.ts', import.meta.url), { type: 'module' }) as IndexWorker),
  onFallback: (reason) => {
    console.warn(`Zone-index worker failed (${reason}); indexes are built on the page instead.`);
    fallbackListener?.(reason);
  },
});
