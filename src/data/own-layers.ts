import type { Feature } from 'geojson';
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { ImportedGeometry, ImportedProps } from './import/parse-import';
import { adaptiveBatch } from './adaptive-batch';
import { appendCompacted } from './compact-feature';

/** A planner's own layer: imported in the browser, kept in IndexedDB, never uploaded. */
export interface OwnLayer {
  id: string;
  name: string;
  colour: string;
  labelField: string | null;
  fields: string[];
  features: Feature<ImportedGeometry, ImportedProps>[];
  /** Where it came from, for the details panel and the About text. */
  fileName: string;
  importedAt: string;
}

/** The property that carries an own feature's distance to a zone on the map (metres; far = FAR). */
export const distanceProperty = (zoneId: string) => `d_${zoneId}`;
export const FAR = 1e9;
/** Properties the atlas added to an own feature, as opposed to the planner's own fields. */
export const isAtlasProperty = (key: string) => key.startsWith('d_zone-');

/**
 * On the map a planner's own fields carry this prefix. MapLibre gives `cluster`, `cluster_id`,
 * `point_count` and `point_count_abbreviated` a meaning of their own, and the atlas its `d_zone-…`
 * distances: a file with such a column was drawn as a cluster bubble that could not be opened.
 * With the prefix no column name can be taken for one of those.
 */
export const OWN_FIELD_PREFIX = 'own:';
export const ownFieldOnMap = (field: string) => `${OWN_FIELD_PREFIX}${field}`;

/** An own feature's fields as the map carries them (prefixed). */
export function toMapProperties(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(properties)) out[ownFieldOnMap(key)] = properties[key];
  return out;
}

/**
 * The planner's own fields back from a feature the map reports (a click, the pointer): prefix
 * stripped, the map's and the atlas's properties left out. Properties without any prefix are
 * taken to be the file's own already (a caller that did not come through the map).
 */
export function fromMapProperties(properties: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const keys = Object.keys(properties);
  if (!keys.some((k) => k.startsWith(OWN_FIELD_PREFIX))) return { ...properties };
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!key.startsWith(OWN_FIELD_PREFIX)) continue;
    const field = key.slice(OWN_FIELD_PREFIX.length);
    // `__proto__` is a fine column name in a file and must stay a plain key here too.
    Object.defineProperty(out, field, { value: properties[key], enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/**
 * On a big own layer's tiles (map/own-tiles) a point carries only its index in the layer, its
 * label and its distances: sending every field of 300,000 points to a worker is the copy those
 * tiles exist to avoid. The fields are looked up here when a point is clicked or hovered.
 */
export const OWN_INDEX_PROPERTY = 'atlas:i';

/** A feature's properties as the map reported them, a big layer's point given its fields back. */
export function ownMapProperties(
  layer: OwnLayer,
  reported: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const i = reported[OWN_INDEX_PROPERTY];
  const feature = typeof i === 'number' ? layer.features[i] : undefined;
  if (!feature) return { ...reported };
  const out = { ...reported, ...toMapProperties(feature.properties) };
  delete out[OWN_INDEX_PROPERTY];
  return out;
}

/** Colour-blind-friendly choices for own layers, distinct from the atlas's own symbols. */
export const OWN_COLOURS = ['#7B3294', '#008837', '#A6611A', '#2C7BB6', '#D7191C', '#4D4D4D'] as const;

const DB = 'stockholm-life-science-atlas';
const VERSION = 2;
const LAYERS = 'user-layers';
const CHUNKS = 'user-layer-chunks';
/**
 * Features are stored in chunks, one small transaction each, between frames: cloning 100k
 * features into IndexedDB in one put held the main thread for ~300 ms (measured). The chunk size
 * follows how long each clone takes (adaptive-batch); a restore reads the chunks as they were cut.
 */
const FIRST_CHUNK = 1_000;
const MIN_CHUNK = 250;
const MAX_CHUNK = 20_000;

type Meta = Omit<OwnLayer, 'features'> & { chunks: number };
type Chunk = { layer: string; n: number; features: OwnLayer['features'] };

export interface AtlasDb extends DBSchema {
  [LAYERS]: { key: string; value: Meta };
  [CHUNKS]: { key: [string, number]; value: Chunk };
}
export type AtlasDatabase = IDBPDatabase<AtlasDb>;

/**
 * Another tab holds the atlas's storage open at an older version and does not let go, so this
 * one cannot open it. IndexedDB would wait (for ever, if that tab stays open): the atlas says so.
 */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError';
  constructor() {
    super('the atlas is open in another tab with an older version of its storage; close that tab and try again');
  }
}

/** Opens of a database name that were blocked and still wait for the other tab to let go. */
const stillBlocked = new Set<string>();
/** How long an open may take before the atlas stops waiting for it (IndexedDB itself never gives up). */
export const OPEN_TIMEOUT_MS = 10_000;

/**
 * The atlas's database through `idb`. A `blocked` open (another tab on an older version) rejects
 * at once instead of hanging; so does every open after it while that one still waits, since
 * IndexedDB queues them behind it without a `blocked` event of their own. If the other tab lets go
 * later, the late connection is closed unused. A connection this tab holds gives way when a newer
 * atlas in another tab needs to upgrade. An open that answers nothing at all gives up after
 * OPEN_TIMEOUT_MS.
 */
export function openAtlasDb(name = DB, timeoutMs = OPEN_TIMEOUT_MS): Promise<AtlasDatabase> {
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB is not available'));
  if (stillBlocked.has(name)) return Promise.reject(new StorageBlockedError());
  return new Promise((resolve, reject) => {
    let gaveUp = false;
    const giveUp = (e: Error) => {
      gaveUp = true;
      clearTimeout(timer);
      reject(e);
    };
    const timer = setTimeout(() => giveUp(new Error('IndexedDB did not answer')), timeoutMs);
    openDB<AtlasDb>(name, VERSION, {
      upgrade(db) {
        if (!db.objectStoreNames.contains(LAYERS)) db.createObjectStore(LAYERS, { keyPath: 'id' });
        if (!db.objectStoreNames.contains(CHUNKS)) db.createObjectStore(CHUNKS, { keyPath: ['layer', 'n'] });
      },
      blocked() {
        stillBlocked.add(name);
        giveUp(new StorageBlockedError());
      },
      blocking(_current, _next, event) {
        (event.target as IDBDatabase).close();
      },
    })
      .then(
        (db) => {
          if (gaveUp) db.close();
          else resolve(db);
        },
        (e: unknown) => {
          if (!gaveUp) reject(e ?? new Error('IndexedDB failed to open'));
        },
      )
      .finally(() => {
        clearTimeout(timer);
        stillBlocked.delete(name);
      });
  });
}

/**
 * Write in one transaction; resolves only when IndexedDB says `complete`, rejects on `error` or
 * `abort` (a full quota shows as an abort with QuotaExceededError). A write that throws at once
 * (a value that cannot be cloned) aborts the transaction, so nothing half-written stays.
 */
async function write(
  db: AtlasDatabase,
  stores: (typeof LAYERS | typeof CHUNKS)[],
  fn: (t: IDBPTransaction<AtlasDb, (typeof LAYERS | typeof CHUNKS)[], 'readwrite'>) => unknown,
): Promise<void> {
  const t = db.transaction(stores, 'readwrite');
  try {
    // The requests' own promises are not awaited: `done` reports their failure, and an unheard
    // rejection of each would be noise.
    const pending = fn(t);
    if (pending instanceof Promise) pending.catch(() => {});
  } catch (e) {
    t.done.catch(() => {});
    try {
      t.abort();
    } catch {
      /* already finished */
    }
    throw e;
  }
  await t.done;
}

/** Where a save of an own layer stands, for the layer list ("saving …", "not saved"). */
export type SaveState = 'saving' | 'saved' | 'failed';
type SaveListener = (layerId: string, state: SaveState, error?: unknown) => void;
const saveListeners = new Set<SaveListener>();
/** Hear every own layer's save as it starts, completes or fails (start-up puts it in the store). */
export function onSaveState(listener: SaveListener): () => void {
  saveListeners.add(listener);
  return () => saveListeners.delete(listener);
}
const tell = (id: string, state: SaveState, error?: unknown) => {
  for (const l of saveListeners) l(id, state, error);
};

/** True when a failure is the browser's storage being full. */
export const isQuotaError = (e: unknown): boolean =>
  e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

let askedToPersist = false;
/** Ask once that the browser keep the atlas's storage under pressure; an answer of no is no loss. */
function askToPersist(): void {
  if (askedToPersist || typeof navigator === 'undefined') return;
  askedToPersist = true;
  void navigator.storage?.persist?.().catch(() => false);
}

const nextFrame = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * The page's next idle moment, at most SAVE_YIELD_MS away: a save's chunks give way to what the
 * user is doing (a zone's tick and the camera move it starts, measured: the save's clones landed
 * in those frames), yet a save never waits for ever on a page that is never idle. No
 * requestIdleCallback (Safari): the next task.
 */
const SAVE_YIELD_MS = 500;
const nextIdle = () =>
  new Promise<void>((r) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => r(), { timeout: SAVE_YIELD_MS });
    else setTimeout(r, 0);
  });

/**
 * The own layers kept in this browser. Read one chunk at a time with a pause between: reading a
 * million features in one getAll held the page for seconds at start-up (the clone out of IndexedDB
 * happens on the page in one go); a chunk of 5,000 takes milliseconds.
 */
export async function loadOwnLayers(openDb: () => Promise<AtlasDatabase> = openAtlasDb): Promise<OwnLayer[]> {
  const db = await openDb();
  try {
    const metas = await db.getAll(LAYERS);
    const layers: OwnLayer[] = [];
    for (const meta of metas) {
      const features: OwnLayer['features'] = [];
      let whole = true;
      for (let n = 0; n < meta.chunks && whole; n++) {
        if (n > 0) await nextFrame();
        const chunk = await db.get(CHUNKS, [meta.id, n]);
        if (chunk) appendCompacted(features, chunk.features);
        else whole = false; // a save cut short: better absent than half there
      }
      if (!whole) continue;
      const { chunks: _n, ...rest } = meta;
      layers.push({ ...rest, features });
    }
    return layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt));
  } finally {
    db.close();
  }
}

/**
 * Store an own layer; true once stored. It counts as saved only when the last transaction has
 * completed; until then listeners hear 'saving', and on any failure (a full quota, no IndexedDB)
 * 'failed' with the error — the layer then stays in the session, and the chunks a cut-short save
 * left behind are removed. Never rejects: the listeners are where a failure is told, once.
 */
export async function saveOwnLayer(
  layer: OwnLayer,
  openDb: () => Promise<AtlasDatabase> = openAtlasDb,
  room: (bytes: number) => Promise<boolean> = roomInBrowser,
): Promise<boolean> {
  tell(layer.id, 'saving');
  askToPersist();
  let db: AtlasDatabase | null = null;
  try {
    // A big layer that cannot fit is told before seconds of writing, not after.
    if (!(await room(estimateBytes(layer.features))))
      throw new DOMException('Not enough room in the browser’s storage', 'QuotaExceededError');
    db = await openDb();
    const { features, ...rest } = layer;
    const batch = adaptiveBatch(FIRST_CHUNK, MIN_CHUNK, MAX_CHUNK);
    let chunks = 0;
    for (let from = 0; from < features.length; chunks++) {
      await nextIdle();
      const chunk: Chunk = { layer: layer.id, n: chunks, features: features.slice(from, from + batch.size) };
      from += chunk.features.length;
      await write(db, [CHUNKS], (t) => {
        // put clones the chunk there and then, on this thread: that is the part a frame feels.
        const start = performance.now();
        const done = t.objectStore(CHUNKS).put(chunk);
        batch.took(performance.now() - start);
        return done;
      });
    }
    // The layer record goes last: a layer is only listed once all its chunks are stored.
    await write(db, [LAYERS], (t) => t.objectStore(LAYERS).put({ ...rest, chunks } satisfies Meta));
    tell(layer.id, 'saved');
    return true;
  } catch (e) {
    if (db) await removeChunks(db, layer.id).catch(() => {});
    tell(layer.id, 'failed', e);
    return false;
  } finally {
    db?.close();
  }
}

/** Layers removed in this session: a save still waiting to begin (saveOwnLayerAfter) is dropped. */
const removed = new Set<string>();

/**
 * saveOwnLayer, begun once `ready` settles (a new layer waits for its first drawing: see
 * own-layer-drawn.ts) and told as "saving" from now on, since it is not saved yet. A layer removed
 * meanwhile is not written back.
 */
export async function saveOwnLayerAfter(
  layer: OwnLayer,
  ready: Promise<unknown>,
  openDb: () => Promise<AtlasDatabase> = openAtlasDb,
  room: (bytes: number) => Promise<boolean> = roomInBrowser,
): Promise<boolean> {
  tell(layer.id, 'saving');
  await ready.catch(() => undefined);
  if (removed.has(layer.id)) return false;
  return saveOwnLayer(layer, openDb, room);
}

/** Roughly what features take in IndexedDB: their JSON size, measured on a sample (a clone costs about as much). */
export function estimateBytes(features: readonly unknown[]): number {
  if (!features.length) return 0;
  const sample = features.slice(0, 200);
  return Math.ceil((JSON.stringify(sample).length / sample.length) * features.length);
}

/** Whether the browser says it has room for this many bytes; when it cannot say, try and let IndexedDB answer. */
async function roomInBrowser(bytes: number): Promise<boolean> {
  try {
    const { quota, usage } = (await navigator.storage?.estimate?.()) ?? {};
    if (quota === undefined || usage === undefined) return true;
    return quota - usage > bytes;
  } catch {
    return true;
  }
}

function removeChunks(db: AtlasDatabase, id: string) {
  return write(db, [CHUNKS], (t) =>
    t.objectStore(CHUNKS).delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])),
  );
}

export async function deleteOwnLayer(id: string, openDb: () => Promise<AtlasDatabase> = openAtlasDb): Promise<void> {
  removed.add(id);
  const db = await openDb();
  try {
    await write(db, [LAYERS, CHUNKS], (t) =>
      Promise.all([
        t.objectStore(LAYERS).delete(id),
        t.objectStore(CHUNKS).delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER])),
      ]),
    );
  } finally {
    db.close();
  }
}
