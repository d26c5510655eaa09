import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

export interface TimeSlice {
  /** The year the map shows; null = now, without the time control. */
  year: number | null;
  /** The time control steps through the years on its own. */
  playing: boolean;
  setYear: (year: number | null) => void;
  setPlaying: (playing: boolean) => void;
}

export const createTimeSlice: StateCreator<AtlasState, [], [], TimeSlice> = (set) => ({
  year: null,
  playing: false,
  setYear: (year) => set(year === null ? { year, playing: false } : { year }),
  setPlaying: (playing) => set({ playing }),
});
