import type { StateCreator } from 'zustand';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { fromMapProperties } from '../data/own-layers';
import type { AtlasState } from './store';

export interface LayersSlice {
  /** Visible layers, in LAYER_IDS order. */
  visibleLayers: LayerId[];
  selectedId: string | null;
  /** A clicked feature of an own layer: its properties are shown as they are. */
  ownSelection: { layerId: string; properties: Record<string, unknown> } | null;
  selectOwn: (sel: { layerId: string; properties: Record<string, unknown> } | null) => void;
  toggleLayer: (id: LayerId) => void;
  setVisibleLayers: (ids: LayerId[]) => void;
  select: (id: string | null) => void;
}

/** Layer ids in LAYER_IDS order, each once. */
export const orderedLayers = (ids: Iterable<LayerId>) => {
  const set = new Set(ids);
  return LAYER_IDS.filter((id) => set.has(id));
};

export const createLayersSlice: StateCreator<AtlasState, [], [], LayersSlice> = (set) => ({
  visibleLayers: [...LAYER_IDS],
  selectedId: null,
  ownSelection: null,
  // A clicked own feature comes from the map with its fields prefixed: the details show the file's own.
  selectOwn: (sel) =>
    set(
      sel
        ? {
            ownSelection: { ...sel, properties: fromMapProperties(sel.properties) },
            selectedId: null,
            panelOpen: true,
            panelTab: 'details',
          }
        : { ownSelection: sel },
    ),
  toggleLayer: (id) =>
    set((s) => ({
      visibleLayers: s.visibleLayers.includes(id)
        ? s.visibleLayers.filter((l) => l !== id)
        : orderedLayers([...s.visibleLayers, id]),
    })),
  setVisibleLayers: (ids) => set({ visibleLayers: orderedLayers(ids) }),
  select: (selectedId) =>
    set(selectedId ? { selectedId, ownSelection: null, panelOpen: true, panelTab: 'details' } : { selectedId }),
});
