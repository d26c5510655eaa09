import type { StateCreator } from 'zustand';
import type { AtlasData } from '../data/validate';
import type { DataProblem } from '../data/problems';
import type { LensPreset } from '../data/lens-schema';
import type { PolicyPoint } from '../data/layers';
import type { AtlasState } from './store';
import type { Network } from '../data/network';
import { t } from '../i18n/i18n';
import { CURRENT_YEAR, withoutLeft } from '../data/timeline';

export interface DataSlice {
  dataStatus: 'loading' | 'ready' | 'error';
  /** The cluster as it is now: what every panel, count and comparison uses. */
  data: AtlasData | null;
  /** Every sourced site, including those left (moves, closures): for the time control only. */
  history: AtlasData | null;
  dataProblems: DataProblem[];
  /** Policy-lens presets from data/lenses.json. */
  lenses: Partial<Record<PolicyPoint, LensPreset>>;
  setData: (data: AtlasData | null, problems: DataProblem[]) => void;
  /**
   * The transit network and area names (stations, stops, districts), fetched on first need
   * (a site placed, the search box used) so start-up does not pay for 11,000 stops.
   */
  network: Network | null;
  networkStatus: 'idle' | 'loading' | 'ready' | 'error';
  setNetwork: (network: Network | null) => void;
  /** Start fetching the network unless it is loading or loaded; a failure becomes a notice. */
  ensureNetwork: () => void;
}

export const createDataSlice: StateCreator<AtlasState, [], [], DataSlice> = (set, get) => ({
  dataStatus: 'loading',
  data: null,
  dataProblems: [],
  lenses: {},
  history: null,
  setData: (data, dataProblems) =>
    set({
      data: data && withoutLeft(data, CURRENT_YEAR),
      history: data,
      dataProblems,
      dataStatus: data ? 'ready' : 'error',
    }),
  network: null,
  networkStatus: 'idle',
  setNetwork: (network) => set({ network, networkStatus: network ? 'ready' : 'error' }),
  ensureNetwork: () => {
    if (get().networkStatus !== 'idle') return;
    set({ networkStatus: 'loading' });
    import('../data/network')
      .then(({ loadNetwork }) => loadNetwork(import.meta.env.BASE_URL))
      .then((network) => get().setNetwork(network))
      .catch((e: unknown) => {
        get().setNetwork(null);
        get().addNotice(
          'warning',
          t('network.failed', get().lang, { why: e instanceof Error ? e.message : String(e) }),
        );
      });
  },
});
