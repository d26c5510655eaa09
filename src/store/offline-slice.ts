import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

/** Where the atlas stands on working offline (service worker and its precache). */
export type OfflineStatus = 'unsupported' | 'saving' | 'ready' | 'failed';

export interface OfflineSlice {
  offlineStatus: OfflineStatus;
  /** What the browser stores for this site (the precache and own layers), when it says. */
  offlineBytes: number | null;
  /** A new version is installed and waits for the user's word (never taken mid-presentation). */
  updateWaiting: boolean;
  setOffline: (patch: Partial<Pick<OfflineSlice, 'offlineStatus' | 'offlineBytes' | 'updateWaiting'>>) => void;
}

export const createOfflineSlice: StateCreator<AtlasState, [], [], OfflineSlice> = (set) => ({
  offlineStatus: 'unsupported',
  offlineBytes: null,
  updateWaiting: false,
  setOffline: (patch) => set(patch),
});
