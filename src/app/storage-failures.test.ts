// @vitest-environment node
// IndexedDB in node: fake-indexeddb follows the spec's events (complete, abort, blocked), which is
// what these tests are about; `idb` runs on it unchanged.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import story from '../../data/stories/stockholm-life-science-hub.json';
import {
  deleteOwnLayer,
  estimateBytes,
  loadOwnLayers,
  onSaveState,
  openAtlasDb,
  type SaveState,
  StorageBlockedError,
  saveOwnLayer,
  saveOwnLayerAfter,
  type OwnLayer,
} from '../data/own-layers';
import { loadSavedStories, onStorageRefused, resetStorageRefusal, saveStory } from '../features/story/story-storage';
import { createAtlasStore } from '../store/store';
import { reportSaves, startOwnLayers } from './start-own-layers';

const layer: OwnLayer = {
  id: 'user-test',
  name: 'Lab premises',
  colour: '#7B3294',
  labelField: 'name',
  fields: ['name'],
  features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [18.03, 59.35] }, properties: { name: 'A' } }],
  fileName: 'labs.csv',
  importedAt: '2026-11-29T00:00:00Z',
};

/** A layer of n points (more than one storage chunk of 5,000 when n is large). */
const bigLayer = (n: number, id = 'user-big'): OwnLayer => ({
  ...layer,
  id,
  name: `Big ${id}`,
  features: Array.from({ length: n }, (_, i) => ({
    type: 'Feature' as const,
    geometry: { type: 'Point' as const, coordinates: [18 + i * 1e-6, 59.3] },
    properties: { name: `P${i}` },
  })),
});

/** A database of its own for each test, so no test sees another's layers. */
let dbCount = 0;
const freshDb = () => {
  const name = `atlas-test-${++dbCount}`;
  return () => openAtlasDb(name);
};
const room = async () => true;

const stops: (() => void)[] = [];
afterEach(() => {
  while (stops.length) stops.pop()!();
  vi.restoreAllMocks();
  resetStorageRefusal();
});

describe('own layers in IndexedDB through idb (#15, #16)', () => {
  it('a saved layer loads back whole, chunk by chunk, and a deleted one is gone', async () => {
    const open = freshDb();
    const big = bigLayer(12_001);
    expect(await saveOwnLayer(layer, open, room)).toBe(true);
    expect(await saveOwnLayer(big, open, room)).toBe(true);
    const loaded = await loadOwnLayers(open);
    expect(loaded.map((l) => l.id).sort()).toEqual(['user-big', 'user-test']);
    expect(loaded.find((l) => l.id === 'user-big')).toEqual(big);
    expect(loaded.find((l) => l.id === 'user-test')).toEqual(layer);
    await deleteOwnLayer('user-big', open);
    expect((await loadOwnLayers(open)).map((l) => l.id)).toEqual(['user-test']);
  });

  it('counts as saved only when the last transaction has completed: "saving" until then', async () => {
    const open = freshDb();
    const store = createAtlasStore({ ownLayers: [layer] });
    stops.push(reportSaves(store));
    const states: SaveState[] = [];
    let seenAtSaved: Promise<OwnLayer[]> | null = null;
    stops.push(
      onSaveState((_id, state) => {
        states.push(state);
        // Read through another connection the moment "saved" is said: the layer must be there.
        if (state === 'saved') seenAtSaved = loadOwnLayers(open);
      }),
    );
    const saving = saveOwnLayer(bigLayer(6000, 'user-test'), open, room);
    expect(store.getState().ownLayerSaves['user-test']).toBe('saving');
    expect(await saving).toBe(true);
    expect(states).toEqual(['saving', 'saved']);
    expect((await seenAtSaved!).map((l) => l.features.length)).toEqual([6000]);
    expect(store.getState().notices).toEqual([]);
  });

  it('a save held until the layer is drawn says "saving" from the start, then saves', async () => {
    const open = freshDb();
    const states: SaveState[] = [];
    stops.push(onSaveState((id, st) => id === 'user-later' && states.push(st)));
    let drawn!: () => void;
    const ready = new Promise<void>((r) => {
      drawn = r;
    });
    const saving = saveOwnLayerAfter({ ...layer, id: 'user-later' }, ready, open, room);
    await new Promise((r) => setTimeout(r, 20));
    expect(states).toEqual(['saving']);
    expect((await loadOwnLayers(open)).map((l) => l.id)).toEqual([]);
    drawn();
    expect(await saving).toBe(true);
    expect(states.at(-1)).toBe('saved');
    expect((await loadOwnLayers(open)).map((l) => l.id)).toEqual(['user-later']);
  });

  it('a layer removed while its save waits is not written back', async () => {
    const open = freshDb();
    let drawn!: () => void;
    const ready = new Promise<void>((r) => {
      drawn = r;
    });
    const saving = saveOwnLayerAfter({ ...layer, id: 'user-gone' }, ready, open, room);
    await deleteOwnLayer('user-gone', open);
    drawn();
    expect(await saving).toBe(false);
    expect(await loadOwnLayers(open)).toEqual([]);
  });

  it('a transaction that aborts (a value that cannot be stored) rejects, says so, and leaves no half layer', async () => {
    const open = freshDb();
    const store = createAtlasStore({ ownLayers: [layer] });
    stops.push(reportSaves(store));
    const bad = bigLayer(7000, 'user-test');
    // The second chunk holds a function, which IndexedDB cannot clone: its put throws DataCloneError.
    (bad.features[6000].properties as Record<string, unknown>).name = () => 1;
    expect(await saveOwnLayer(bad, open, room)).toBe(false);
    expect(store.getState().ownLayerSaves['user-test']).toBe('failed');
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      expect.stringMatching(/^The layer "Lab premises" could not be saved in this browser \(.*clone.*\)\. It stays/),
    ]);
    expect(await loadOwnLayers(open)).toEqual([]);
    // …and the first chunk, written before, was removed again.
    const db = await open();
    expect(await db.count('user-layer-chunks')).toBe(0);
    db.close();
  });

  it('a full disk (the transaction aborts with QuotaExceededError) is told as a full disk and the layer stays "not saved"', async () => {
    const open = freshDb();
    const store = createAtlasStore({ ownLayers: [layer] });
    stops.push(reportSaves(store));
    // What a browser does when a commit does not fit: it aborts the transaction with this error.
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
      return request;
    });
    expect(await saveOwnLayer(layer, open, room)).toBe(false);
    expect(store.getState().ownLayerSaves).toEqual({ 'user-test': 'failed' });
    expect(store.getState().ownLayers).toEqual([layer]);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'The layer "Lab premises" could not be saved: the browser’s storage for the atlas is full. It stays for this visit, marked "not saved". Remove an own layer you no longer need and import the file again to keep it.',
    ]);
  });

  it('a layer too big for the room the browser reports is told before any writing', async () => {
    const store = createAtlasStore({ ownLayers: [layer] });
    stops.push(reportSaves(store));
    let opened = false;
    let asked = 0;
    const open = freshDb();
    const saved = await saveOwnLayer(
      layer,
      () => {
        opened = true;
        return open();
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
    expect(store.getState().ownLayerSaves['user-test']).toBe('failed');
    expect(store.getState().notices[0].text).toContain('the browser’s storage for the atlas is full');
  });

  it('another tab holding an older version open: the open rejects at once with a reason the user sees', async () => {
    const name = `atlas-test-${++dbCount}`;
    // An old atlas in another tab: version 1, and it never closes on "versionchange".
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const open = () => openAtlasDb(name);
    await expect(open()).rejects.toBeInstanceOf(StorageBlockedError);

    const store = createAtlasStore({ ownLayers: [layer] });
    stops.push(reportSaves(store));
    expect(await saveOwnLayer(layer, open, room)).toBe(false);
    expect(store.getState().notices.map((n) => n.text)).toEqual([
      'The layer "Lab premises" could not be saved: the atlas is open in another tab with an older version. Close that tab and import the file again to keep it. It stays for this visit, marked "not saved".',
    ]);
    // When the old tab lets go, the atlas's storage opens as usual.
    old.close();
    await vi.waitFor(() => open().then((db) => db.close()));
    expect(await saveOwnLayer(layer, open, room)).toBe(true);
    expect((await loadOwnLayers(open)).map((l) => l.id)).toEqual(['user-test']);
  });

  it('no IndexedDB at all (private mode) is told with its reason', async () => {
    const store = createAtlasStore({ ownLayers: [layer] });
    stops.push(reportSaves(store));
    expect(await saveOwnLayer(layer, () => Promise.reject(new Error('IndexedDB is not available')))).toBe(false);
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
    startOwnLayers(store);
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
