import { create, type StoreApi, type UseBoundStore } from 'zustand';
import { createUiSlice, type UiSlice } from './ui-slice';

export type AtlasState = UiSlice;

/** A fresh store; tests create their own, the app uses `useAtlas`. */
export function createAtlasStore(initial: Partial<AtlasState> = {}): UseBoundStore<StoreApi<AtlasState>> {
  return create<AtlasState>()((...a) => ({
    ...createUiSlice(...a),
    ...initial,
  }));
}

export const useAtlas = createAtlasStore();
