import type { Feature } from 'geojson';
import type { ImportedGeometry, ImportedProps } from './import/parse-import';

/** A planner's own layer: imported in the browser, kept in IndexedDB, never uploaded. */
export interface UserLayer {
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

/** Colour-blind-friendly choices for own layers, distinct from the atlas's own symbols. */
export const USER_COLOURS = ['#7B3294', '#008837', '#A6611A', '#2C7BB6', '#D7191C', '#4D4D4D'] as const;

const DB = 'stockholm-life-science-atlas';
const STORE = 'user-layers';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') return reject(new Error('IndexedDB is not available'));
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'id' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB failed to open'));
  });
}

function run<T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return open().then(
    (db) =>
      new Promise<T>((resolve, reject) => {
        const tx = db.transaction(STORE, mode);
        const req = fn(tx.objectStore(STORE));
        tx.oncomplete = () => {
          db.close();
          resolve(req.result);
        };
        tx.onerror = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB transaction failed'));
        };
      }),
  );
}

export const loadUserLayers = (): Promise<UserLayer[]> =>
  run<UserLayer[]>('readonly', (s) => s.getAll() as IDBRequest<UserLayer[]>).then((layers) =>
    layers.sort((a, b) => a.importedAt.localeCompare(b.importedAt)),
  );
export const saveUserLayer = (layer: UserLayer): Promise<IDBValidKey> => run('readwrite', (s) => s.put(layer));
export const deleteUserLayer = (id: string): Promise<undefined> => run('readwrite', (s) => s.delete(id) as IDBRequest<undefined>);
