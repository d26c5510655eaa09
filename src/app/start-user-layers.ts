import { loadUserLayers } from '../data/user-layers';
import { representativePoint } from '../geo/representative-point';
import { buildZoneIndexAsync } from '../geo/zone-index-async';
import type { AtlasStore } from '../store/store';

/**
 * Restore own layers from IndexedDB, and keep a zone index for every own layer: built once per
 * layer, in a worker, when both the layer and the zones are there.
 */
export function startUserLayers(store: AtlasStore): void {
  loadUserLayers()
    .then((layers) => store.getState().setUserLayers(layers))
    .catch(() => {
      /* No IndexedDB (private mode): own layers then live for the session only. */
    });
  const building = new Set<string>();
  const ensureIndexes = () => {
    const { data, userLayers, userIndexes, setUserIndex } = store.getState();
    if (!data) return;
    for (const layer of userLayers) {
      if (userIndexes[layer.id] || building.has(layer.id)) continue;
      building.add(layer.id);
      void buildZoneIndexAsync(layer.features.map(representativePoint), data.zones.features).then((index) => {
        building.delete(layer.id);
        if (store.getState().userLayers.some((l) => l.id === layer.id)) setUserIndex(layer.id, index);
      });
    }
  };
  store.subscribe((s, prev) => {
    if (s.userLayers !== prev.userLayers || s.data !== prev.data) ensureIndexes();
  });
  ensureIndexes();
}
