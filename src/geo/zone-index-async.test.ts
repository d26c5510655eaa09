// @vitest-environment node
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/support/seeded-random';
import { zoneA, zoneB } from '../../test/support/test-zones';
import { buildZoneIndex, unpackPositions, type ZoneIndex } from './zone-index';
import {
  buildZoneIndexInSlices,
  createZoneIndexer,
  type IndexAnswer,
  type IndexRequest,
  type IndexWorker,
} from './zone-index-async';
import { fakeWorkers } from '../../test/support/fake-worker';

const zones = [zoneA, zoneB];
const random = seededRandom(16);
const points: Position[] = Array.from({ length: 5000 }, () => [17.9 + random() * 0.2, 59.2 + random() * 0.2]);
const expected = buildZoneIndex(points, zones);
const same = (index: ZoneIndex) => {
  expect(index.zoneIds).toEqual(expected.zoneIds);
  expect(index.count).toBe(expected.count);
  expect(Array.from(index.distances)).toEqual(Array.from(expected.distances));
};

/** A fake worker: `behave` decides what it does with a job (answer, throw, garble, ignore). */
function fakeWorker(behave: (w: IndexWorker, msg: { id: number; points: Position[] }) => void) {
  // The page sends the points packed (one flat array); the fake reads them back as the worker does.
  return fakeWorkers<IndexRequest, IndexAnswer>((w, { id, coords }) =>
    behave(w as IndexWorker, { id, points: unpackPositions(coords) }),
  );
}

describe('zone index in a worker, and when the worker fails (#15, #16)', () => {
  it('a working worker answers with the index', async () => {
    const f = fakeWorker((w, m) =>
      w.onmessage?.({ data: { id: m.id, index: buildZoneIndex(m.points, zones) } } as MessageEvent),
    );
    let fellBack = '';
    const build = createZoneIndexer({ createWorker: f.create, onFallback: (r) => (fellBack = r) });
    same(await build(points, zones));
    expect(f.made).toHaveLength(1);
    expect(fellBack).toBe('');
  });

  it('a worker that throws: counted on this thread instead, right, and the failure told once', async () => {
    const f = fakeWorker((w) => w.onerror?.({ type: 'error', message: 'Uncaught SyntaxError: boom' } as ErrorEvent));
    const told: string[] = [];
    const build = createZoneIndexer({ createWorker: f.create, onFallback: (r) => told.push(r) });
    const [a, b] = await Promise.all([build(points, zones), build(points.slice(0, 3000), zones)]);
    same(a);
    expect(Array.from(b.distances)).toEqual(Array.from(expected.distances.subarray(0, 3000 * zones.length)));
    same(await build(points, zones)); // later builds go straight to this thread
    expect(told).toEqual(['Uncaught SyntaxError: boom']);
    expect(f.made).toHaveLength(1);
    expect(f.made[0].terminated).toBe(true);
  });

  it('a worker whose answer cannot be read (messageerror) falls back too', async () => {
    const f = fakeWorker((w) => w.onmessageerror?.({ type: 'messageerror' } as MessageEvent));
    const told: string[] = [];
    const build = createZoneIndexer({ createWorker: f.create, onFallback: (r) => told.push(r) });
    same(await build(points, zones));
    expect(told).toEqual(['worker messageerror']);
  });

  it('a worker that never answers: given up after a time bounded by the size, then counted here', async () => {
    const f = fakeWorker(() => {});
    const told: string[] = [];
    let asked: [number, number] | null = null;
    const build = createZoneIndexer({
      createWorker: f.create,
      onFallback: (r) => told.push(r),
      timeoutMs: (n, z) => {
        asked = [n, z];
        return 50;
      },
    });
    same(await build(points, zones));
    expect(asked).toEqual([5000, 2]);
    expect(told).toEqual(['no answer in 0 s']);
    expect(f.made[0].terminated).toBe(true);
  });

  it('a worker that cannot even be made (CSP, no module workers): counted here', async () => {
    const told: string[] = [];
    const build = createZoneIndexer({
      createWorker: () => {
        throw new DOMException('Refused to create a worker', 'SecurityError');
      },
      onFallback: (r) => told.push(r),
    });
    same(await build(points, zones));
    expect(told).toEqual(['Refused to create a worker']);
  });

  it('a job the worker reports as failed is counted here; the worker stays for the next', async () => {
    let n = 0;
    const f = fakeWorker((w, m) =>
      w.onmessage?.({
        data: n++ === 0 ? { id: m.id, error: 'bad zone' } : { id: m.id, index: buildZoneIndex(m.points, zones) },
      } as MessageEvent),
    );
    const build = createZoneIndexer({ createWorker: f.create });
    same(await build(points, zones));
    same(await build(points, zones));
    expect(n).toBe(2);
    expect(f.made[0].terminated).toBe(false);
  });

  it('in slices on this thread gives the very numbers of one call', async () => {
    same(await buildZoneIndexInSlices(points, zones, 777));
  });
});
