import type { StoreApi, UseBoundStore } from 'zustand';
import { t, isLang, type Lang } from '../i18n/i18n';
import { formatQuery, parseQuery, type UrlState } from './url-codec';
import type { AtlasState } from './store';
import { DEFAULT_WITHIN } from './filter-slice';

function preferredLang(): Lang {
  const nav = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return isLang(nav) ? nav : 'en';
}

/** The shareable subset of the store. */
export function selectUrlState(s: AtlasState): UrlState {
  return {
    lang: s.lang,
    basemap: s.basemap,
    layers: s.visibleLayers,
    feature: s.selectedId ?? undefined,
    zones: s.zones,
    within: s.within,
    outside: s.outside,
    lens: s.lens ?? undefined,
    compare: s.compare,
    ...s.attributes,
    sites: s.sites,
    story: s.presenting ? s.storyId : undefined,
    scene: s.presenting ? s.scene + 1 : undefined,
  };
}

/**
 * Apply the query string to the store once at start-up, then keep the query string in step
 * with the store. The hash (camera) is left to MapLibre; we only replace `?…`.
 */
export function startUrlSync(store: UseBoundStore<StoreApi<AtlasState>>, loc: Location = window.location): () => void {
  const { state, problems } = parseQuery(loc.search);
  const lang = state.lang ?? preferredLang();
  store.setState({ lang, basemap: state.basemap ?? 'embedded' });
  if (state.layers) store.getState().setVisibleLayers(state.layers);
  if (state.feature) store.setState({ selectedId: state.feature, panelTab: 'details' });
  else if (state.sites?.length) store.setState({ panelTab: 'site' });
  const { segment, role, stage, kind, theme } = state;
  store.setState({
    zones: state.zones ?? [],
    within: state.within ?? DEFAULT_WITHIN,
    outside: state.outside ?? 'dim',
    lens: state.lens ?? null,
    compare: state.compare ?? [],
    sites: state.sites ?? [],
    activeSite: 0,
    attributes: {
      segment: segment ?? [],
      role: role ?? [],
      stage: stage ?? [],
      kind: kind ?? [],
      theme: theme ?? [],
    },
  });
  if (state.basemap === 'online') store.getState().setBasemap('online');
  // Stories load with the data; the link's story starts then (see start-data).
  if (state.story) store.setState({ pendingStory: { id: state.story, scene: (state.scene ?? 1) - 1 } });
  for (const p of problems) store.getState().addNotice('warning', t('url.dropped', lang, { ...p }));

  let last = '';
  const write = (s: AtlasState) => {
    const query = formatQuery(selectUrlState(s));
    if (query === last) return;
    last = query;
    const url = `${loc.pathname}${query ? `?${query}` : ''}${loc.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  write(store.getState());
  return store.subscribe(write);
}
