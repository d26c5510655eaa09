import { loadAtlasData } from '../data/load';
import { featureIndex } from '../store/selectors';
import { t } from '../i18n/i18n';
import type { AtlasStore } from '../store/store';

/** Load the data into the store; a feature named in the link that does not exist is dropped. */
export async function startData(store: AtlasStore): Promise<void> {
  const { data, problems } = await loadAtlasData();
  store.getState().setData(data, problems);
  const { selectedId, lang, addNotice } = store.getState();
  if (data && selectedId && !featureIndex(data).has(selectedId)) {
    store.setState({ selectedId: null });
    addNotice('warning', t('details.notfound', lang, { id: selectedId }));
  }
}
