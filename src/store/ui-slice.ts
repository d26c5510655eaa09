import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/i18n';
import type { Basemap } from './url-codec';
import type { AtlasState } from './store';

export type BasemapStatus = 'ready' | 'loading' | 'fallback';

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  /** Already translated text; notices are rare and short-lived. */
  text: string;
}

export interface UiSlice {
  lang: Lang;
  panelOpen: boolean;
  basemap: Basemap;
  basemapStatus: BasemapStatus;
  notices: Notice[];
  setLang: (lang: Lang) => void;
  togglePanel: () => void;
  setBasemap: (basemap: Basemap) => void;
  setBasemapStatus: (status: BasemapStatus) => void;
  addNotice: (kind: Notice['kind'], text: string) => void;
  dismissNotice: (id: number) => void;
}

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  lang: 'en',
  panelOpen: true,
  basemap: 'embedded',
  basemapStatus: 'ready',
  notices: [],
  setLang: (lang) => set({ lang }),
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  setBasemap: (basemap) => set({ basemap, basemapStatus: basemap === 'online' ? 'loading' : 'ready' }),
  setBasemapStatus: (basemapStatus) => set({ basemapStatus }),
  addNotice: (kind, text) =>
    set((s) => ({ notices: [...s.notices.filter((n) => n.text !== text), { id: nextNoticeId++, kind, text }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
});
