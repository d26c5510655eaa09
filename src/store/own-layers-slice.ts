import type { StateCreator } from 'zustand';
import type { SaveState, OwnLayer } from '../data/own-layers';
import type { ZoneIndex } from '../geo/zone-index';
import type { ParseResult } from '../data/import/parse-import';

/** A parsed file waiting for the planner to name it and confirm. */
export interface PendingImport {
  fileName: string;
  result: ParseResult;
}
import type { AtlasState } from './store';

export interface OwnLayersSlice {
  ownLayers: OwnLayer[];
  hiddenOwnLayers: string[];
  /** Zone indexes of the own layers: derived, but built in a worker, so cached here by layer id. */
  ownIndexes: Record<string, ZoneIndex>;
  setOwnIndex: (id: string, index: ZoneIndex) => void;
  /** How each own layer's save in this browser stands; a layer with none was restored from it. */
  ownLayerSaves: Record<string, SaveState>;
  setOwnLayerSave: (id: string, state: SaveState) => void;
  /** A big file being read in a worker: how far (0–1), for the progress bar and its Cancel. */
  importProgress: { fileName: string; fraction: number } | null;
  setImportProgress: (p: { fileName: string; fraction: number } | null) => void;
  pendingImport: PendingImport | null;
  setPendingImport: (p: PendingImport | null) => void;
  setOwnLayers: (layers: OwnLayer[]) => void;
  addOwnLayer: (layer: OwnLayer) => void;
  removeOwnLayer: (id: string) => void;
  toggleOwnLayer: (id: string) => void;
}

export const createOwnLayersSlice: StateCreator<AtlasState, [], [], OwnLayersSlice> = (set) => ({
  ownLayers: [],
  hiddenOwnLayers: [],
  ownIndexes: {},
  ownLayerSaves: {},
  setOwnLayerSave: (id, state) => set((s) => ({ ownLayerSaves: { ...s.ownLayerSaves, [id]: state } })),
  importProgress: null,
  setImportProgress: (importProgress) => set({ importProgress }),
  pendingImport: null,
  setPendingImport: (pendingImport) =>
    set(pendingImport ? { pendingImport, panelTab: 'layers', panelOpen: true } : { pendingImport }),
  setOwnIndex: (id, index) => set((s) => ({ ownIndexes: { ...s.ownIndexes, [id]: index } })),
  setOwnLayers: (ownLayers) => set({ ownLayers }),
  addOwnLayer: (layer) => set((s) => ({ ownLayers: [...s.ownLayers.filter((l) => l.id !== layer.id), layer] })),
  removeOwnLayer: (id) =>
    set((s) => {
      const { [id]: _gone, ...ownIndexes } = s.ownIndexes;
      return {
        ownLayers: s.ownLayers.filter((l) => l.id !== id),
        hiddenOwnLayers: s.hiddenOwnLayers.filter((h) => h !== id),
        ownIndexes,
      };
    }),
  toggleOwnLayer: (id) =>
    set((s) => ({
      hiddenOwnLayers: s.hiddenOwnLayers.includes(id)
        ? s.hiddenOwnLayers.filter((h) => h !== id)
        : [...s.hiddenOwnLayers, id],
    })),
});
