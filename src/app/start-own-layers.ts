import { isQuotaError, loadOwnLayers, onSaveState, StorageBlockedError } from '../data/own-layers';
import { t } from '../i18n/i18n';
import { onStorageRefused } from '../features/story/story-storage';
import { representativePoint } from '../geo/representative-point';
import { buildZoneIndexAsync, onZoneIndexFallback } from '../geo/zone-index-async';
import type { AtlasStore } from '../store/store';

/**
 * Restore own layers from IndexedDB, and keep a zone index for every own layer: built once per
 * layer, in a worker, when both the layer and the zones are there.
 */
export function startOwnLayers(store: AtlasStore): void {
  reportSaves(store);
  // Story edits are the other thing kept in this browser: when it will not keep them, say so once.
  onStorageRefused(() => store.getState().addNotice('warning', t('storage.visitOnly', store.getState().lang)));
  loadOwnLayers()
    .then((layers) => store.getState().setOwnLayers(layers))
    .catch((e: unknown) => {
      // No IndexedDB (private mode): own layers live for the session only, and a save says so.
      if (typeof indexedDB === 'undefined') return;
      const { lang, addNotice } = store.getState();
      addNotice(
        'warning',
        e instanceof StorageBlockedError
          ? t('import.loadBlocked', lang)
          : t('import.loadFailed', lang, { why: reason(e) }),
      );
    });
  // The worker failed: counts stay right (built on the page), but a big layer is slower; say why once.
  onZoneIndexFallback((reason) =>
    store.getState().addNotice('info', t('import.indexOnPage', store.getState().lang, { reason })),
  );
  const building = new Set<string>();
  const ensureIndexes = () => {
    const { data, ownLayers, ownIndexes, setOwnIndex } = store.getState();
    if (!data) return;
    for (const layer of ownLayers) {
      if (ownIndexes[layer.id] || building.has(layer.id)) continue;
      building.add(layer.id);
      buildZoneIndexAsync(layer.features.map(representativePoint), data.zones.features).then(
        (index) => {
          building.delete(layer.id);
          if (store.getState().ownLayers.some((l) => l.id === layer.id)) setOwnIndex(layer.id, index);
        },
        (e: unknown) => {
          // Not even the page could count it: say so, instead of "…" for ever without a word.
          const { lang, addNotice } = store.getState();
          addNotice('warning', t('import.indexFailed', lang, { name: layer.name, reason: reason(e) }));
        },
      );
    }
  };
  store.subscribe((s, prev) => {
    if (s.ownLayers !== prev.ownLayers || s.data !== prev.data) ensureIndexes();
  });
  ensureIndexes();
}

/**
 * Every save of an own layer shows in the layer list ("saving …", then nothing, or "not saved")
 * and a failed one is told once, by its cause: a full disk is not private mode.
 */
export function reportSaves(store: AtlasStore): () => void {
  return onSaveState((id, state, error) => {
    const { lang, addNotice, setOwnLayerSave, ownLayers } = store.getState();
    setOwnLayerSave(id, state);
    if (state !== 'failed') return;
    const name = ownLayers.find((l) => l.id === id)?.name ?? id;
    addNotice(
      'warning',
      isQuotaError(error)
        ? t('import.saveFull', lang, { name })
        : error instanceof StorageBlockedError
          ? t('import.saveBlocked', lang, { name })
          : t('import.saveFailedWhy', lang, { name, why: reason(error) }),
    );
  });
}

const reason = (e: unknown) => (e instanceof Error || e instanceof DOMException ? e.message : String(e ?? ''));
