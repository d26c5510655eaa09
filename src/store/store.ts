import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createUiSlice, type UiSlice } from './ui-slice';
import { createDataSlice, type DataSlice } from './data-slice';
import { createLayersSlice, type LayersSlice } from './layers-slice';
import { createFilterSlice, type FilterSlice } from './filter-slice';
import { createSiteSlice, type SiteSlice } from './site-slice';
import { createStorySlice, type StorySlice } from './story-slice';
import { createOwnLayersSlice, type OwnLayersSlice } from './own-layers-slice';
import { createTimeSlice, type TimeSlice } from './time-slice';
import { createOfflineSlice, type OfflineSlice } from './offline-slice';

export type AtlasState = UiSlice &
  DataSlice &
  LayersSlice &
  FilterSlice &
  SiteSlice &
  StorySlice &
  OwnLayersSlice &
  TimeSlice &
  OfflineSlice;
export type AtlasStore = UseBoundStore<StoreApi<AtlasState>>;

/** A fresh store; tests create their own, the app uses `useAtlas`. */
export function createAtlasStore(initial: Partial<AtlasState> = {}): AtlasStore {
  return create<AtlasState>()((...a) => ({
    ...createUiSlice(...a),
    ...createDataSlice(...a),
    ...createLayersSlice(...a),
    ...createFilterSlice(...a),
    ...createSiteSlice(...a),
    ...createStorySlice(...a),
    ...createOwnLayersSlice(...a),
    ...createTimeSlice(...a),
    ...createOfflineSlice(...a),
    ...initial,
  }));
}

export const useAtlas = createAtlasStore();
