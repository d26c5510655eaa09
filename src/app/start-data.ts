import { featureIndex } from '../store/selectors';
import { t } from '../i18n/i18n';
import type { AtlasStore } from '../store/store';
import { loadSavedStories } from '../features/story/story-storage';
import { applyLinkView } from './link-view';

/**
 * What the link carried, read when start-up begins: after url-sync has removed a camera hash the
 * map cannot use, before MapLibre writes its own #zoom/lat/lng for the opening view.
 */
function linkHad() {
  if (typeof window === 'undefined') return { camera: false, tab: false };
  return {
    camera: /^#\d+(\.\d+)?\/-?\d+(\.\d+)?\/-?\d+(\.\d+)?(\/|$)/.test(window.location.hash),
    // A link that names its tab opens that one, not the one its state would suggest.
    tab: new URLSearchParams(window.location.search).has('tab'),
  };
}

/**
 * Load the data (lazily: zod and the validators come with it) into the store. Ids a link named
 * that the data does not have (a feature, a zone, a story) can only be checked now: they are
 * dropped with a notice and the rest stays.
 */
export async function startData(store: AtlasStore): Promise<void> {
  const link = linkHad();
  const { loadAtlasData } = await import('../data/load');
  const { data, problems, stories, lenses, otherProblems } = await loadAtlasData();
  store.getState().setData(data, problems);
  const { lang, addNotice } = store.getState();
  for (const p of otherProblems) addNotice('error', p);
  store.setState({ lenses });
  store.getState().setStories(stories, await loadSavedStories(stories.map((s) => s.id)));
  startPendingStory(store);
  if (!data) return;
  if (!store.getState().presenting) applyLinkView(store, data, link.camera, link.tab);
  const { selectedId, zones, compare } = store.getState();
  const index = featureIndex(data);
  const unknown = (id: string) => !index.has(id);
  if (selectedId && unknown(selectedId)) {
    store.setState({ selectedId: null });
    addNotice('warning', t('details.notfound', lang, { id: selectedId }));
  }
  for (const [param, ids] of [
    ['zones', zones],
    ['compare', compare],
  ] as const) {
    const bad = ids.filter(unknown);
    if (!bad.length) continue;
    store.setState({ [param]: ids.filter((id) => !unknown(id)) });
    for (const value of bad) addNotice('warning', t('url.dropped', lang, { param, value }));
  }
}

function startPendingStory(store: AtlasStore) {
  const { pendingStory, stories, startStory, addNotice, lang } = store.getState();
  if (!pendingStory) return;
  store.setState({ pendingStory: null });
  if (stories[pendingStory.id]) startStory(pendingStory.id, pendingStory.scene);
  else addNotice('warning', t('url.dropped', lang, { param: 'story', value: pendingStory.id }));
}
