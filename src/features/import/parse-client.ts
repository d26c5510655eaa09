import type { ParseResult } from '../../data/import/parse-import';
import type { ParseMessage, ParseRequest } from '../../data/import/parse.worker';
import type { WorkerPort } from '../../data/worker-port';
import { appendCompacted } from '../../data/compact-feature';

/** What the import needs of a Worker (a fake one in tests). */
export type ParseWorker = WorkerPort<ParseRequest, ParseMessage>;

export type ParseOutcome = { kind: 'parsed'; result: ParseResult } | { kind: 'cancelled' };

/** The worker could not parse the file (it did not start, its script failed, its answer was unreadable). */
export class ParseWorkerFailed extends Error {
  override name = 'ParseWorkerFailed';
}

export interface ParseJob {
  done: Promise<ParseOutcome>;
  /** Stop reading: the worker is ended, `done` says 'cancelled'. */
  cancel(): void;
}

export const createParseWorker = (): ParseWorker | null =>
  typeof Worker === 'undefined'
    ? null
    : (new Worker(new URL('../../data/import/parse.worker.ts', import.meta.url), {
        type: 'module',
      }) as unknown as ParseWorker);

const reasonOf = (e: unknown): string => {
  if (typeof e === 'object' && e !== null) {
    if ('message' in e && e.message) return String(e.message);
    if ('type' in e) return `worker ${String(e.type)}`;
  }
  return String(e);
};

/** Reading the file is most of the work; taking the features over, batch by batch, the rest. */
const PARSE_SHARE = 0.7;
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * Parse a file's bytes in a worker of its own, so the page keeps drawing while a big file is
 * read. The bytes are handed over (transferred), progress comes back now and then, then the
 * features batch by batch, each asked for after the page has had a turn to draw. Each import gets
 * its own worker, ended when it is done or cancelled.
 */
export function parseInWorker(
  fileName: string,
  bytes: ArrayBuffer,
  onProgress: (fraction: number) => void,
  createWorker: () => ParseWorker | null = createParseWorker,
): ParseJob {
  let worker: ParseWorker | null = null;
  let settle: (o: ParseOutcome) => void = () => {};
  let fail: (e: Error) => void = () => {};
  let over = false;
  const end = () => {
    over = true;
    try {
      worker?.terminate();
    } catch {
      /* already gone */
    }
  };
  const done = new Promise<ParseOutcome>((resolve, reject) => {
    settle = (o) => {
      if (over) return;
      end();
      resolve(o);
    };
    fail = (e) => {
      if (over) return;
      end();
      reject(e);
    };
  });
  try {
    worker = createWorker();
    if (!worker) throw new Error('no Web Worker in this browser');
  } catch (e) {
    fail(new ParseWorkerFailed(reasonOf(e)));
    return { done, cancel: () => settle({ kind: 'cancelled' }) };
  }
  const features: ParseResult['features'] = [];
  let count = 0;
  const w = worker;
  const askNext = () =>
    void nextTask().then(() => {
      if (!over) w.postMessage({ type: 'next' });
    });
  w.onmessage = (e) => {
    const m = e.data;
    if (m.type === 'progress') onProgress(m.fraction * PARSE_SHARE);
    else if (m.type === 'parsed') {
      count = m.count;
      askNext();
    } else if (m.type === 'features') {
      appendCompacted(features, m.features);
      onProgress(PARSE_SHARE + (1 - PARSE_SHARE) * (count ? features.length / count : 1));
      askNext();
    } else if (m.type === 'done') settle({ kind: 'parsed', result: { ...m.result, features } });
  };
  worker.onerror = (e) => {
    // Handled here: not also an uncaught error on the page.
    e.preventDefault?.();
    fail(new ParseWorkerFailed(reasonOf(e)));
  };
  worker.onmessageerror = (e) => fail(new ParseWorkerFailed(reasonOf(e)));
  try {
    worker.postMessage({ type: 'parse', fileName, bytes }, [bytes]);
  } catch (e) {
    fail(new ParseWorkerFailed(reasonOf(e)));
  }
  return { done, cancel: () => settle({ kind: 'cancelled' }) };
}
