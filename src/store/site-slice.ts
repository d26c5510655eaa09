import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

/** A candidate site as [lng, lat] (GeoJSON order; the URL writes lat,lng as people read it). */
export type Site = [number, number];
export const MAX_SITES = 3;
export const SITE_NAMES = ['A', 'B', 'C'] as const;

export interface SiteSlice {
  sites: Site[];
  activeSite: number;
  /** True while the next map click (or Enter on the crosshair) drops a site. */
  placing: boolean;
  addSite: (site: Site) => void;
  removeSite: (index: number) => void;
  setActiveSite: (index: number) => void;
  setPlacing: (placing: boolean) => void;
}

const round = (n: number) => Math.round(n * 1e5) / 1e5;

export const createSiteSlice: StateCreator<AtlasState, [], [], SiteSlice> = (set) => ({
  sites: [],
  activeSite: 0,
  placing: false,
  // A fourth site replaces the oldest, so the comparison never silently drops the new one.
  addSite: ([lng, lat]) =>
    set((s) => {
      const sites = [...s.sites, [round(lng), round(lat)] as Site].slice(-MAX_SITES);
      return { sites, activeSite: sites.length - 1, placing: false, panelTab: 'site', panelOpen: true };
    }),
  removeSite: (index) =>
    set((s) => {
      const sites = s.sites.filter((_, i) => i !== index);
      return { sites, activeSite: Math.max(0, Math.min(s.activeSite, sites.length - 1)) };
    }),
  setActiveSite: (activeSite) => set({ activeSite }),
  // On a phone the panel covers the map: placing closes it (addSite opens it again).
  setPlacing: (placing) =>
    set(
      placing && typeof window !== 'undefined' && window.innerWidth < 800 ? { placing, panelOpen: false } : { placing },
    ),
});
