import { afterEach, describe, expect, it } from 'vitest';
import story from '../../data/stories/stockholm-life-science-hub.json';
import { estimateBytes, saveUserLayer, type UserLayer } from '../data/user-layers';
import { loadSavedStories, onStorageRefused, resetStorageRefusal, saveStory } from '../features/story/story-storage';
import { createAtlasStore } from '../store/store';
import { reportSaves, startUserLayers } from './start-user-layers';

const layer: UserLayer = {
  id: 'user-test',
  name: 'Lab premises',
  colour: '#7B3294',
  labelField: 'name',
  fields: ['name'],
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [18.03, 59.35] }, properties: { name: 'A' } }],
  fileName: 'labs.csv',
  importedAt: '2026-11-29T00:00:00Z',
};

/**
 * An IndexedDB that completes its first `ok` transactions and aborts the rest the way a full
 * disk does (QuotaExceededError on the transaction, `abort` event); `hang` never answers.
 */
function fakeDb(ok: number, hang = false): IDBDatabase {
  let n = 0;
  return {
    transaction() {
      const k = n++;
      const t = {
        error: null as DOMException | null,
        abort() {},
        objectStore: () => ({ put: () => ({ result: undefined }), delete: () => ({}) }),
        oncomplete: null as null | (() => void),
        onabort: null as null | (() => void),
        onerror: null as null | (() => void),
      };
      if (!hang)
        setTimeout(() => {
          if (k < ok) return t.oncomplete?.();
          t.error = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          t.onabort?.();
        }, 0);
      return t;
    },
    close() {},
  } as unknown as IDBDatabase;
}

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
  resetStorageRefusal();
});

describe('an own layer that cannot be saved (#16)', () => {
  it('a full quota says so, by name and cause, and the layer stays marked "not saved"', async () => {
    const store = createAtlasStore({ userLayers: [layer] });
    stops.push(reportSaves(store));
    const saved = await saveUserLayer(layer, async () => fakeDb(1));
    expect(saved).toBe(false);
    expect(store.getState().userLayerSaves).toEqual({ 'user-test': 'failed' });
    expect(store.getState().userLayers).toEqual([layer]);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'The layer "Lab premises" could not be saved: the browser’s storage for the atlas is full. It stays for this visit, marked "not saved". Remove an own layer you no longer need and import the file again to keep it.',
    ]);
  });

  it('a layer too big for the room the browser reports is told before any writing', async () => {
    const store = createAtlasStore({ userLayers: [layer] });
    stops.push(reportSaves(store));
    let opened = false;
    let asked = 0;
    const saved = await saveUserLayer(
      layer,
      async () => {
        opened = true;
        return fakeDb(99);
      },
      async (bytes) => {
        asked = bytes;
        return false;
      },
    );
    expect(saved).toBe(false);
    expect(opened).toBe(false);
    expect(asked).toBe(estimateBytes(layer.features));
    expect(asked).toBeGreaterThan(50);
    expect(store.getState().userLayerSaves['user-test']).toBe('failed');
    expect(store.getState().notices[0].text).toContain('the browser’s storage for the atlas is full');
  });

  it('counts as saved only when the last transaction has completed', async () => {
    const store = createAtlasStore({ userLayers: [layer] });
    stops.push(reportSaves(store));
    void saveUserLayer(layer, async () => fakeDb(0, true));
    await new Promise((r) => setTimeout(r, 50));
    expect(store.getState().userLayerSaves['user-test']).toBe('saving');
    expect(await saveUserLayer(layer, async () => fakeDb(99))).toBe(true);
    expect(store.getState().userLayerSaves['user-test']).toBe('saved');
    expect(store.getState().notices).toEqual([]);
  });

  it('no IndexedDB at all (private mode) is told with its reason', async () => {
    const store = createAtlasStore({ userLayers: [layer] });
    stops.push(reportSaves(store));
    expect(await saveUserLayer(layer, () => Promise.reject(new Error('IndexedDB is not available')))).toBe(false);
    expect(store.getState().notices[0].text).toBe(
      'The layer "Lab premises" could not be saved in this browser (IndexedDB is not available). It stays for this visit, marked "not saved".',
    );
  });
});

/** A browser that blocks site data: every touch of localStorage throws. */
const blocked = new Proxy({} as Storage, {
  get() {
    throw new DOMException('Access is denied for this document.', 'SecurityError');
  },
});

describe('story edits in a browser that will not keep them (#16)', () => {
  it('start-up goes on with no saved stories, and says once that edits are kept for this visit only', async () => {
    const store = createAtlasStore();
    startUserLayers(store);
    expect(await loadSavedStories(['stockholm-life-science-hub'], null)).toEqual([]);
    expect(await loadSavedStories(['stockholm-life-science-hub'], blocked)).toEqual([]);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'This browser keeps no data for the atlas: story edits are kept for this visit only. Download the story to keep it.',
    ]);
  });

  it('a save that is refused (private mode, full quota) is told, not swallowed', async () => {
    let told = 0;
    stops.push(onStorageRefused(() => told++));
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    await saveStory(story as never, full);
    await saveStory(story as never, full);
    expect(told).toBe(1);
  });

  it('a story loaded from a file under its own id is there again after a reload', async () => {
    const mine = { ...story, id: 'my-investor-story' };
    const items = new Map<string, string>();
    const storage = {
      get length() {
        return items.size;
      },
      key: (i: number) => [...items.keys()][i] ?? null,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
    } as unknown as Storage;
    await saveStory(mine as never, storage);
    items.set('atlas.story.other-key', JSON.stringify(mine)); // filed under another id: not trusted
    const loaded = await loadSavedStories(['stockholm-life-science-hub'], storage);
    expect(loaded.map((s) => s.id)).toEqual(['my-investor-story']);
  });
});
