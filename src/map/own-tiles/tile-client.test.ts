// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { TileAnswer, TileRequest } from './tile.worker';
import { fakeWorkers } from '../../../test/support/fake-worker';
import { createTileClient, ownTileUrl, parseOwnTileUrl, TileWorkerFailed, type TileWorker } from './tile-client';
import type { OwnTileInput } from './tile-index';

const input = (): OwnTileInput => ({
  coords: new Float64Array([18.02, 59.35, 18.03, 59.34]),
  labels: null,
  labelProperty: null,
  zoneIds: [],
  distances: null,
});

/** A fake worker: `behave` decides what it does with each request (answer, fail, say nothing). */
const fake = (behave: (w: TileWorker, m: TileRequest, transfer: Transferable[]) => void) =>
  fakeWorkers<TileRequest, TileAnswer>(behave);

const answer = (w: TileWorker, data: unknown) => w.onmessage?.({ data } as MessageEvent);

describe('the tile worker client (#14, #16)', () => {
  it('names tiles by layer and version, and reads them back', () => {
    const url = ownTileUrl('user-a b', 3).replace('{z}', '12').replace('{x}', '2').replace('{y}', '7');
    expect(parseOwnTileUrl(url)).toEqual({ layer: 'user-a b', z: 12, x: 2, y: 7 });
    expect(parseOwnTileUrl('https://example.org/1/2/3')).toBeNull();
  });

  it('loads a layer with its arrays handed over, then serves tiles and expansion zooms', async () => {
    const transfers: Transferable[][] = [];
    const f = fake((w, m, transfer) => {
      transfers.push(transfer);
      if (m.type === 'load') answer(w, { id: m.id, ok: true });
      if (m.type === 'tile') answer(w, { id: m.id, ok: true, bytes: new Uint8Array([m.z, m.x, m.y]).buffer });
      if (m.type === 'expansion') answer(w, { id: m.id, ok: true, zoom: 11 });
    });
    const client = createTileClient(f.create);
    const data = input();
    await client.load('user-a', data);
    expect(transfers[0]).toContain(data.coords.buffer);
    expect(new Uint8Array(await client.tile('user-a', 12, 2, 7))).toEqual(new Uint8Array([12, 2, 7]));
    expect(await client.expansionZoom('user-a', 5)).toBe(11);
    expect(f.made).toHaveLength(1);
    expect(client.failure()).toBeNull();
  });

  it('a request the worker refuses fails with its reason, and the worker keeps working', async () => {
    const f = fake((w, m) => {
      if (m.type === 'tile') answer(w, { id: m.id, ok: false, reason: 'no layer user-x in the tile worker' });
      if (m.type === 'load') answer(w, { id: m.id, ok: true });
    });
    const client = createTileClient(f.create);
    await expect(client.tile('user-x', 1, 1, 1)).rejects.toThrow('no layer user-x');
    await client.load('user-a', input());
    expect(client.failure()).toBeNull();
  });

  it('a worker that errors fails what waits and everything after, with the reason', async () => {
    const f = fake((w) => w.onerror?.({ type: 'error', message: 'Uncaught SyntaxError: boom' } as ErrorEvent));
    const client = createTileClient(f.create);
    const [a, b] = await Promise.allSettled([client.load('user-a', input()), client.tile('user-a', 1, 1, 1)]);
    expect(a).toMatchObject({ status: 'rejected', reason: expect.any(TileWorkerFailed) });
    expect(b.status).toBe('rejected');
    expect(client.failure()).toContain('boom');
    expect(f.made[0].terminated).toBe(true);
    await expect(client.tile('user-a', 1, 1, 1)).rejects.toThrow('boom');
    expect(f.made).toHaveLength(1); // not started again
  });

  it('an unreadable answer, or no worker at all, fails the same way', async () => {
    const garbled = fake((w) => w.onmessageerror?.({} as MessageEvent));
    const c1 = createTileClient(garbled.create);
    await expect(c1.load('user-a', input())).rejects.toThrow('could not be read');
    const c2 = createTileClient(() => null);
    await expect(c2.load('user-a', input())).rejects.toThrow('no workers');
    const c3 = createTileClient(() => {
      throw new Error('CSP refused the worker');
    });
    await expect(c3.load('user-a', input())).rejects.toThrow('CSP refused');
  });

  it('a worker that never answers is given up on after a bound, not waited on for ever', async () => {
    vi.useFakeTimers();
    try {
      const f = fake(() => {});
      const client = createTileClient(f.create);
      const tile = client.tile('user-a', 1, 1, 1);
      const caught = tile.catch((e: unknown) => e);
      await vi.advanceTimersByTimeAsync(21_000);
      expect(await caught).toBeInstanceOf(TileWorkerFailed);
      expect(client.failure()).toMatch(/no answer in 20 s/);
    } finally {
      vi.useRealTimers();
    }
  });
});
