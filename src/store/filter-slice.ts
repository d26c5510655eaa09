import type { StateCreator } from 'zustand';
import { LAYER_IDS, type PolicyPoint, type Theme } from '../data/layers';
import type { LensPreset } from '../data/lens-schema';
import type { AtlasState } from './store';
import { clampWithin, WITHIN_DEFAULT_METRES } from '../data/limits';

export type OutsideMode = 'dim' | 'hide';

/** Attribute filters: an empty list means "any". */
export interface AttributeFilters {
  segment: string[];
  role: string[];
  stage: string[];
  kind: string[];
  theme: Theme[];
}

export const EMPTY_ATTRIBUTES: AttributeFilters = { segment: [], role: [], stage: [], kind: [], theme: [] };
export const DEFAULT_WITHIN = WITHIN_DEFAULT_METRES;

export interface FilterSlice {
  zones: string[];
  within: number;
  outside: OutsideMode;
  attributes: AttributeFilters;
  lens: PolicyPoint | null;
  compare: string[];
  toggleZone: (id: string) => void;
  setZones: (ids: string[]) => void;
  setWithin: (metres: number) => void;
  setOutside: (mode: OutsideMode) => void;
  toggleAttribute: <K extends keyof AttributeFilters>(key: K, value: AttributeFilters[K][number]) => void;
  setLens: (lens: PolicyPoint | null) => void;
  /** Choose a policy point and apply its preset (layers, zones, distance, themes, filters). */
  applyLens: (lens: PolicyPoint, preset: LensPreset | undefined) => void;
  toggleCompare: (id: string) => void;
  setCompare: (ids: string[]) => void;
  resetFilters: () => void;
}

const toggled = <T>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

export const MAX_COMPARE = 4;

export const createFilterSlice: StateCreator<AtlasState, [], [], FilterSlice> = (set) => ({
  zones: [],
  within: DEFAULT_WITHIN,
  outside: 'dim',
  attributes: EMPTY_ATTRIBUTES,
  lens: null,
  compare: [],
  toggleZone: (id) => set((s) => ({ zones: toggled(s.zones, id) })),
  setZones: (zones) => set({ zones }),
  setWithin: (metres) => set({ within: clampWithin(metres) }),
  setOutside: (outside) => set({ outside }),
  toggleAttribute: (key, value) =>
    set((s) => ({ attributes: { ...s.attributes, [key]: toggled(s.attributes[key] as string[], value as string) } })),
  setLens: (lens) => set({ lens }),
  applyLens: (lens, preset) =>
    set((s) =>
      preset
        ? {
            lens,
            visibleLayers: LAYER_IDS.filter((id) => (preset.layers as string[]).includes(id)),
            zones: preset.zones,
            within: preset.within ?? s.within,
            attributes: {
              ...EMPTY_ATTRIBUTES,
              theme: preset.themes,
              role: preset.role ?? [],
              stage: preset.stage ?? [],
            },
          }
        : { lens },
    ),
  toggleCompare: (id) =>
    set((s) => {
      const next = toggled(s.compare, id);
      return { compare: next.length > MAX_COMPARE ? next.slice(1) : next };
    }),
  setCompare: (compare) => set({ compare: compare.slice(0, MAX_COMPARE) }),
  resetFilters: () =>
    set({ zones: [], within: DEFAULT_WITHIN, outside: 'dim', attributes: EMPTY_ATTRIBUTES, lens: null }),
});
