import type { StateCreator } from 'zustand';
import type { AtlasState } from './store';

export interface TimeSlice {
  /** The year the map shows; null = now, without the time control. */
  year: number | null;
  /** The time control steps through the years on its own. */
  playing: boolean;
  /** Where playing stops (a story scene's last year); null = the end of the slider. */
  playUntil: number | null;
  setYear: (year: number | null) => void;
  setPlaying: (playing: boolean) => void;
}

export const createTimeSlice: StateCreator<AtlasState, [], [], TimeSlice> = (set) => ({
  year: null,
  playing: false,
  playUntil: null,
  setYear: (year) => set(year === null ? { year, playing: false, playUntil: null } : { year }),
  setPlaying: (playing) => set(playing ? { playing } : { playing, playUntil: null }),
});
