import { loadAtlasData } from '../data/load';
import { featureIndex } from '../store/selectors';
import { t } from '../i18n/i18n';
import type { AtlasStore } from '../store/store';

/**
 * Load the data into the store. Ids a link named that the data does not have (a feature, a
 * zone) can only be checked now: they are dropped with a notice and the rest stays.
 */
export async function startData(store: AtlasStore): Promise<void> {
  const { data, problems } = await loadAtlasData();
  store.getState().setData(data, problems);
  if (!data) return;
  const { selectedId, zones, compare, lang, addNotice } = store.getState();
  const index = featureIndex(data);
  const unknown = (id: string) => !index.has(id);
  if (selectedId && unknown(selectedId)) {
    store.setState({ selectedId: null });
    addNotice('warning', t('details.notfound', lang, { id: selectedId }));
  }
  for (const [param, ids] of [['zones', zones], ['compare', compare]] as const) {
    const bad = ids.filter(unknown);
    if (!bad.length) continue;
    store.setState({ [param]: ids.filter((id) => !unknown(id)) });
    for (const value of bad) addNotice('warning', t('url.dropped', lang, { param, value }));
  }
}
