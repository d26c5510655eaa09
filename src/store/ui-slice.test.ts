// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAtlasStore } from './store';
import { INFO_NOTICE_MS } from './ui-slice';

describe('notices', () => {
  afterEach(() => vi.useRealTimers());

  it('information passes by itself; warnings stay until dismissed', () => {
    vi.useFakeTimers();
    const store = createAtlasStore();
    store.getState().addNotice('info', 'Link copied');
    store.getState().addNotice('warning', 'A value was dropped');
    expect(store.getState().notices.map((n) => n.text)).toEqual(['Link copied', 'A value was dropped']);
    vi.advanceTimersByTime(INFO_NOTICE_MS + 1);
    expect(store.getState().notices.map((n) => n.text)).toEqual(['A value was dropped']);
  });
});
