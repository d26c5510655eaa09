import type { StateCreator } from 'zustand';
import type { SaveState, UserLayer } from '../data/user-layers';
import type { ZoneIndex } from '../geo/zone-index';
import type { ParseResult } from '../data/import/parse-import';

/** A parsed file waiting for the planner to name it and confirm. */
export interface PendingImport {
  fileName: string;
  result: ParseResult;
}
import type { AtlasState } from './store';

export interface UserLayersSlice {
  userLayers: UserLayer[];
  hiddenUserLayers: string[];
  /** Zone indexes of the own layers: derived, but built in a worker, so cached here by layer id. */
  userIndexes: Record<string, ZoneIndex>;
  setUserIndex: (id: string, index: ZoneIndex) => void;
  /** How each own layer's save in this browser stands; a layer with none was restored from it. */
  userLayerSaves: Record<string, SaveState>;
  setUserLayerSave: (id: string, state: SaveState) => void;
  /** A big file being read in a worker: how far (0–1), for the progress bar and its Cancel. */
  importProgress: { fileName: string; fraction: number } | null;
  setImportProgress: (p: { fileName: string; fraction: number } | null) => void;
  pendingImport: PendingImport | null;
  setPendingImport: (p: PendingImport | null) => void;
  setUserLayers: (layers: UserLayer[]) => void;
  addUserLayer: (layer: UserLayer) => void;
  removeUserLayer: (id: string) => void;
  toggleUserLayer: (id: string) => void;
}

export const createUserLayersSlice: StateCreator<AtlasState, [], [], UserLayersSlice> = (set) => ({
  userLayers: [],
  hiddenUserLayers: [],
  userIndexes: {},
  userLayerSaves: {},
  setUserLayerSave: (id, state) => set((s) => ({ userLayerSaves: { ...s.userLayerSaves, [id]: state } })),
  importProgress: null,
  setImportProgress: (importProgress) => set({ importProgress }),
  pendingImport: null,
  setPendingImport: (pendingImport) =>
    set(pendingImport ? { pendingImport, panelTab: 'layers', panelOpen: true } : { pendingImport }),
  setUserIndex: (id, index) => set((s) => ({ userIndexes: { ...s.userIndexes, [id]: index } })),
  setUserLayers: (userLayers) => set({ userLayers }),
  addUserLayer: (layer) => set((s) => ({ userLayers: [...s.userLayers.filter((l) => l.id !== layer.id), layer] })),
  removeUserLayer: (id) =>
    set((s) => {
      const { [id]: _gone, ...userIndexes } = s.userIndexes;
      return {
        userLayers: s.userLayers.filter((l) => l.id !== id),
        hiddenUserLayers: s.hiddenUserLayers.filter((h) => h !== id),
        userIndexes,
      };
    }),
  toggleUserLayer: (id) =>
    set((s) => ({
      hiddenUserLayers: s.hiddenUserLayers.includes(id)
        ? s.hiddenUserLayers.filter((h) => h !== id)
        : [...s.hiddenUserLayers, id],
    })),
});
