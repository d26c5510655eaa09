import { afterEach, describe, expect, it, vi } from 'vitest';
import { markOwnLayerDrawn, ownLayerDrawn } from './own-layer-drawn';

afterEach(() => vi.useRealTimers());

describe('ownLayerDrawn', () => {
  it('resolves when the layer is drawn, before the bound', async () => {
    vi.useFakeTimers();
    const p = ownLayerDrawn('user-a', 8000);
    markOwnLayerDrawn('user-a');
    await expect(p).resolves.toBe('drawn');
  });

  it('resolves at once for a layer already drawn', async () => {
    markOwnLayerDrawn('user-b');
    await expect(ownLayerDrawn('user-b', 8000)).resolves.toBe('drawn');
  });

  it('gives up waiting at the bound for a layer never drawn, and a later drawing is harmless', async () => {
    vi.useFakeTimers();
    const p = ownLayerDrawn('user-c', 8000);
    let settled = false;
    void p.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(7999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await expect(p).resolves.toBe('waited');
    expect(() => markOwnLayerDrawn('user-c')).not.toThrow();
  });

  it('tells every waiter of a layer, and only that layer', async () => {
    vi.useFakeTimers();
    const a = ownLayerDrawn('user-d', 8000);
    const b = ownLayerDrawn('user-d', 8000);
    const other = ownLayerDrawn('user-e', 8000);
    markOwnLayerDrawn('user-d');
    await expect(Promise.all([a, b])).resolves.toEqual(['drawn', 'drawn']);
    await vi.advanceTimersByTimeAsync(8000);
    await expect(other).resolves.toBe('waited');
  });
});
