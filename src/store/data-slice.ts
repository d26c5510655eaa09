import type { StateCreator } from 'zustand';
import type { AtlasData } from '../data/validate';
import type { DataProblem } from '../data/problems';
import type { LensPreset } from '../data/lens-schema';
import type { PolicyPoint } from '../data/layers';
import type { AtlasState } from './store';

export interface DataSlice {
  dataStatus: 'loading' | 'ready' | 'error';
  data: AtlasData | null;
  dataProblems: DataProblem[];
  /** Policy-lens presets from data/lenses.json. */
  lenses: Partial<Record<PolicyPoint, LensPreset>>;
  setData: (data: AtlasData | null, problems: DataProblem[]) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  dataStatus: 'loading',
  data: null,
  dataProblems: [],
  lenses: {},
  setData: (data, dataProblems) => set({ data, dataProblems, dataStatus: data ? 'ready' : 'error' }),
});
