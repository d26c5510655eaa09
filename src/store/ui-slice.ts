import type { StateCreator } from 'zustand';
import type { Lang } from '../i18n/i18n';
import type { Basemap } from './url-codec';
import type { AtlasState } from './store';

export type PanelTab = 'layers' | 'zones' | 'lens' | 'site' | 'story' | 'details';
export const PANEL_TABS: readonly PanelTab[] = ['layers', 'zones', 'lens', 'site', 'story', 'details'];

/** 'loading' while the online style is being probed; the fallback itself is told by a notice. */
export type BasemapStatus = 'ready' | 'loading';

/** A camera move the UI asks of the map; MapView performs it once and clears it. */
export type CameraRequest =
  | {
      kind: 'fit';
      bounds: [number, number, number, number] /** A comparison covers the lower half: fit above it. */;
      above?: 'comparison';
    }
  | { kind: 'fly'; center: [number, number]; zoom: number; bearing?: number; pitch?: number; beside?: 'story-card' };

/** The camera as MapLibre last reported it (for "add current view as a scene"). */
export interface View {
  center: [number, number];
  zoom: number;
  bearing: number;
  pitch: number;
}

export interface Notice {
  id: number;
  kind: 'info' | 'warning' | 'error';
  /** Already translated text; notices are rare and short-lived. */
  text: string;
  /** Lines under the text (what a link skipped); the view shows the first few. */
  items?: string[];
  /** How many items there were, kept or not (the view says "and N more"). */
  itemTotal?: number;
  /** Notices of one group (one link) are one notice: a later one adds its items to it. */
  group?: string;
}

export interface NoticeOptions {
  items?: string[];
  group?: string;
}

/** A hostile link can carry thousands of bad values; past this many nobody reads them. */
export const MAX_NOTICE_ITEMS = 200;

export interface UiSlice {
  lang: Lang;
  /** Embedded in another page (`embed=1`): no header or panel, a compact legend, a way out. */
  embed: boolean;
  /** The map has drawn once (its first idle): until then the map area says it is loading. */
  mapReady: boolean;
  /** How far the map's first load has got (0..1; map/load-progress), for the loading bar. */
  mapProgress: number;
  panelOpen: boolean;
  panelTab: PanelTab;
  /** The accessible table twin of the map is showing instead of the map. */
  listView: boolean;
  setListView: (on: boolean) => void;
  setPanelTab: (tab: PanelTab) => void;
  basemap: Basemap;
  basemapStatus: BasemapStatus;
  notices: Notice[];
  camera: CameraRequest | null;
  view: View | null;
  setView: (view: View) => void;
  requestCamera: (camera: CameraRequest | null) => void;
  setLang: (lang: Lang) => void;
  togglePanel: () => void;
  setBasemap: (basemap: Basemap) => void;
  setBasemapStatus: (status: BasemapStatus) => void;
  addNotice: (kind: Notice['kind'], text: string, options?: NoticeOptions) => void;
  dismissNotice: (id: number) => void;
  dismissAllNotices: () => void;
}

let nextNoticeId = 1;
/** How long an information notice stays (long enough to read two lines twice). */
export const INFO_NOTICE_MS = 12_000;

export const createUiSlice: StateCreator<AtlasState, [], [], UiSlice> = (set) => ({
  lang: 'en',
  embed: false,
  mapReady: false,
  mapProgress: 0,
  // On a phone or a tablet in portrait the panel would cover the map: it starts closed there.
  panelOpen: typeof window === 'undefined' || window.innerWidth >= 800,
  panelTab: 'layers',
  listView: false,
  setListView: (listView) => set({ listView }),
  setPanelTab: (panelTab) => set({ panelTab, panelOpen: true }),
  basemap: 'embedded',
  basemapStatus: 'ready',
  notices: [],
  camera: null,
  view: null,
  setView: (view) => set({ view }),
  requestCamera: (camera) => set({ camera }),
  setLang: (lang) => set({ lang }),
  togglePanel: () => set((s) => ({ panelOpen: !s.panelOpen })),
  setBasemap: (basemap) => set({ basemap, basemapStatus: basemap === 'online' ? 'loading' : 'ready' }),
  setBasemapStatus: (basemapStatus) => set({ basemapStatus }),
  addNotice: (kind, text, options = {}) => {
    const id = nextNoticeId++;
    set((s) => {
      const same = (n: Notice) => (options.group ? n.group === options.group : n.text === text && !n.items);
      const before = s.notices.find(same);
      const added = options.items;
      const list = added && {
        items: [...(before?.items ?? []), ...added].slice(0, MAX_NOTICE_ITEMS),
        itemTotal: (before?.itemTotal ?? 0) + added.length,
      };
      const notice: Notice = { id, kind, text, ...list, ...(options.group && { group: options.group }) };
      return { notices: [...s.notices.filter((n) => !same(n)), notice] };
    });
    // Information passes ("Link copied", what a link shows); warnings and errors wait for the user.
    if (kind === 'info')
      setTimeout(() => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })), INFO_NOTICE_MS);
  },
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  dismissAllNotices: () => set({ notices: [] }),
});
