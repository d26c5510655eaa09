import type { StateCreator } from 'zustand';
import type { AtlasData, DataProblem } from '../data/validate';
import type { AtlasState } from './store';

export interface DataSlice {
  dataStatus: 'loading' | 'ready' | 'error';
  data: AtlasData | null;
  dataProblems: DataProblem[];
  setData: (data: AtlasData | null, problems: DataProblem[]) => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set) => ({
  dataStatus: 'loading',
  data: null,
  dataProblems: [],
  setData: (data, dataProblems) => set({ data, dataProblems, dataStatus: data ? 'ready' : 'error' }),
});
