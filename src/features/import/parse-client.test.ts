// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseImport } from '../../data/import/parse-import';
import type { ParseMessage, ParseRequest } from '../../data/import/parse.worker';
import { createAtlasStore } from '../../store/store';
import { type ParseWorker, ParseWorkerFailed, parseInWorker } from './parse-client';
import { cancelImport, INLINE_MAX_BYTES, readImportFile } from './read-file';

/** A CSV of n rows in Stockholm, bigger than INLINE_MAX_BYTES when n is large. */
const csv = (n: number) =>
  [
    'name;lat;lon',
    ...Array.from({ length: n }, (_, i) => `Lab ${i};59,${3000 + (i % 900)};18,${String(i % 1000).padStart(4, '0')}`),
  ].join('\n');
const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/**
 * The real worker module run in this thread: `self` stands in for the worker's global, so what it
 * posts is what a page would get (batches, progress, done).
 */
async function realWorker(): Promise<() => ParseWorker> {
  const scope: {
    onmessage: ((e: MessageEvent<ParseRequest>) => void) | null;
    postMessage: (m: ParseMessage) => void;
  } = { onmessage: null, postMessage: () => {} };
  vi.stubGlobal('self', scope);
  vi.resetModules();
  await import('../../data/import/parse.worker');
  const handler = scope.onmessage!;
  return () => {
    const w: ParseWorker = {
      onmessage: null,
      onerror: null,
      onmessageerror: null,
      terminate: vi.fn(),
      postMessage(m) {
        scope.postMessage = (out) => w.onmessage?.({ data: structuredClone(out) } as MessageEvent<ParseMessage>);
        setTimeout(() => handler({ data: m } as MessageEvent<ParseRequest>), 0);
      },
    };
    return w;
  };
}

/** A worker that fails the way a browser reports it: an error event, or an answer it cannot read. */
const failing = (how: 'error' | 'messageerror' | 'silent') => () => {
  const w: ParseWorker = {
    onmessage: null,
    onerror: null,
    onmessageerror: null,
    terminate: vi.fn(),
    postMessage() {
      setTimeout(() => {
        if (how === 'error')
          w.onerror?.({ type: 'error', message: 'Uncaught ReferenceError: x', preventDefault() {} } as never);
        if (how === 'messageerror') w.onmessageerror?.({ type: 'messageerror' } as MessageEvent);
      }, 0);
    },
  };
  return w;
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('imports parsed in a worker (#16)', () => {
  it('gives the very result of the pure parser, features in batches, with progress', async () => {
    const create = await realWorker();
    const text = csv(45_000);
    const seen: number[] = [];
    const job = parseInWorker('labs.csv', bytesOf(text), (f) => seen.push(f), create);
    const outcome = await job.done;
    expect(outcome.kind).toBe('parsed');
    const expected = parseImport('labs.csv', text);
    expect(outcome.kind === 'parsed' && outcome.result).toEqual(expected);
    expect(expected.features).toHaveLength(45_000);
    // Progress rises and stays within 0–1 (messages at most every 100 ms, so maybe none on a fast machine).
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.every((f) => f >= 0 && f <= 1)).toBe(true);
    expect(seen.at(-1)).toBe(1); // the last batch taken over
  });

  it('a worker that throws or garbles its answer rejects with the reason, and is ended', async () => {
    for (const how of ['error', 'messageerror'] as const) {
      const make = failing(how);
      let made: ParseWorker | null = null;
      const job = parseInWorker(
        'a.csv',
        bytesOf(csv(3)),
        () => {},
        () => (made = make()),
      );
      await expect(job.done).rejects.toBeInstanceOf(ParseWorkerFailed);
      await expect(job.done).rejects.toThrow(how === 'error' ? 'Uncaught ReferenceError: x' : 'worker messageerror');
      expect(made!.terminate).toHaveBeenCalled();
    }
    const none = parseInWorker(
      'a.csv',
      bytesOf(csv(3)),
      () => {},
      () => null,
    );
    await expect(none.done).rejects.toThrow('no Web Worker');
  });

  it('Cancel ends the worker and says cancelled', async () => {
    const make = failing('silent');
    let made: ParseWorker | null = null;
    const job = parseInWorker(
      'a.csv',
      bytesOf(csv(3)),
      () => {},
      () => (made = make()),
    );
    job.cancel();
    expect(await job.done).toEqual({ kind: 'cancelled' });
    expect(made!.terminate).toHaveBeenCalled();
  });
});

describe('reading a big file (#16)', () => {
  const big = csv(30_000);
  const file = () => new File([big], 'big.csv');

  it('is big enough to go to the worker', () => {
    expect(file().size).toBeGreaterThan(INLINE_MAX_BYTES);
  });

  it('goes through the worker, shows progress while it reads, and reaches the review', async () => {
    const store = createAtlasStore();
    const create = await realWorker();
    const shown: string[] = [];
    store.subscribe((st) => {
      if (st.importProgress) shown.push(st.importProgress.fileName);
    });
    await readImportFile(store, file(), create);
    expect(shown[0]).toBe('big.csv');
    expect(store.getState().importProgress).toBeNull();
    expect(store.getState().pendingImport?.result.features).toHaveLength(30_000);
    expect(store.getState().notices).toEqual([]);
  });

  it('a worker that fails: the file is read on the page instead, and the notice says why', async () => {
    const store = createAtlasStore();
    await readImportFile(store, file(), failing('error'));
    expect(store.getState().pendingImport?.result.features).toHaveLength(30_000);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'big.csv is read on the page instead of in the background (Uncaught ReferenceError: x); the page may pause for a while.',
    ]);
    expect(store.getState().importProgress).toBeNull();
  });

  it('Cancel while it reads: nothing to review, the progress gone', async () => {
    const store = createAtlasStore();
    const reading = readImportFile(store, file(), failing('silent'));
    await vi.waitFor(() => expect(store.getState().importProgress).not.toBeNull(), { timeout: 10_000 });
    cancelImport();
    await reading;
    expect(store.getState().importProgress).toBeNull();
    expect(store.getState().pendingImport).toBeNull();
    expect(store.getState().notices).toEqual([]);
  });
});
