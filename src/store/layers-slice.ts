import type { StateCreator } from 'zustand';
import { LAYER_IDS, type LayerId } from '../data/layers';
import type { AtlasState } from './store';

export interface LayersSlice {
  /** Visible layers, in LAYER_IDS order. */
  visibleLayers: LayerId[];
  selectedId: string | null;
  toggleLayer: (id: LayerId) => void;
  setVisibleLayers: (ids: LayerId[]) => void;
  select: (id: string | null) => void;
}

const ordered = (ids: Iterable<LayerId>) => {
  const set = new Set(ids);
  return LAYER_IDS.filter((id) => set.has(id));
};

export const createLayersSlice: StateCreator<AtlasState, [], [], LayersSlice> = (set) => ({
  visibleLayers: [...LAYER_IDS],
  selectedId: null,
  toggleLayer: (id) =>
    set((s) => ({
      visibleLayers: s.visibleLayers.includes(id) ? s.visibleLayers.filter((l) => l !== id) : ordered([...s.visibleLayers, id]),
    })),
  setVisibleLayers: (ids) => set({ visibleLayers: ordered(ids) }),
  select: (selectedId) => set(selectedId ? { selectedId, panelOpen: true, panelTab: 'details' } : { selectedId }),
});
