import type { AtlasState } from './store';
import type { UrlState } from './url-codec';
import { DEFAULT_WITHIN } from './filter-slice';
import { orderedLayers } from './layers-slice';

/**
 * The link ↔ store mapping, one entry per shareable setting. With the query-string codec
 * (url-codec's FIELDS: text ↔ UrlState) this is all a new shareable setting needs:
 * - `read`: what the store puts in the link (undefined = leave it out);
 * - `apply`: what the opened link's value (undefined when absent) sets at start-up — a patch, or
 *   a slice action called on `s` — given the whole link, since some settings depend on others;
 * - `ids`/`forget`: ids the data must know, checked when the data arrives; unknown ones are
 *   named in the link's notice and removed from the store.
 * Entries apply in this order. The link's tab is the one the sender had open, so it wins; without
 * one, a place opens its details and sites open the Site tab.
 */
type Entry<K extends keyof UrlState> = {
  read: (s: AtlasState) => UrlState[K];
  apply: (value: UrlState[K], link: UrlState, s: AtlasState) => Partial<AtlasState> | undefined;
  ids?: (value: NonNullable<UrlState[K]>) => string[];
  forget?: (unknown: string[], s: AtlasState) => Partial<AtlasState>;
};
type Table = { [K in keyof UrlState]-?: Entry<K> };

const attribute = <K extends 'segment' | 'role' | 'stage' | 'kind' | 'theme'>(key: K): Entry<K> => ({
  read: (s) => s.attributes[key] as UrlState[K],
  apply: (value, _link, s) => ({ attributes: { ...s.attributes, [key]: value ?? [] } }),
});

const idList = <K extends 'zones' | 'compare'>(key: K): Entry<K> => ({
  read: (s) => s[key] as UrlState[K],
  apply: (value) => ({ [key]: value ?? [] }) as Partial<AtlasState>,
  ids: (value) => value as string[],
  forget: (unknown, s) => ({ [key]: s[key].filter((id) => !unknown.includes(id)) }) as Partial<AtlasState>,
});

export const LINK_STATE: Table = {
  lang: { read: (s) => s.lang, apply: (value, _l, s) => ({ lang: value ?? s.lang }) },
  basemap: {
    read: (s) => s.basemap,
    apply: (value, _l, s) => {
      s.setBasemap(value ?? 'embedded');
      return undefined;
    },
  },
  embed: { read: (s) => s.embed || undefined, apply: (value) => ({ embed: value ?? false }) },
  layers: {
    read: (s) => s.visibleLayers,
    apply: (value) => (value ? { visibleLayers: orderedLayers(value) } : undefined),
  },
  tab: {
    read: (s) => (s.embed ? undefined : s.panelTab),
    apply: (value) => (value ? { panelTab: value, panelOpen: true } : undefined),
  },
  feature: {
    read: (s) => s.selectedId ?? undefined,
    apply: (value, link) =>
      value ? { selectedId: value, ...(link.tab ? {} : { panelTab: 'details' as const }) } : undefined,
    ids: (value) => [value],
    forget: (unknown, s) => (s.selectedId && unknown.includes(s.selectedId) ? { selectedId: null } : {}),
  },
  sites: {
    read: (s) => s.sites,
    apply: (value, link) => ({
      sites: value ?? [],
      activeSite: 0,
      ...(value?.length && !link.feature && !link.tab ? { panelTab: 'site' as const } : {}),
    }),
  },
  zones: idList('zones'),
  within: { read: (s) => s.within, apply: (value) => ({ within: value ?? DEFAULT_WITHIN }) },
  outside: { read: (s) => s.outside, apply: (value) => ({ outside: value ?? 'dim' }) },
  lens: { read: (s) => s.lens ?? undefined, apply: (value) => ({ lens: value ?? null }) },
  compare: idList('compare'),
  segment: attribute('segment'),
  role: attribute('role'),
  stage: attribute('stage'),
  kind: attribute('kind'),
  theme: attribute('theme'),
  year: { read: (s) => s.year ?? undefined, apply: (value) => ({ year: value ?? null }) },
  // Stories load with the data; the link's story starts then (start-data), its ids checked then.
  story: {
    read: (s) => (s.presenting ? s.storyId : undefined),
    apply: (value, link) => (value ? { pendingStory: { id: value, scene: (link.scene ?? 1) - 1 } } : undefined),
  },
  scene: { read: (s) => (s.presenting ? s.scene + 1 : undefined), apply: () => undefined },
};

const KEYS = Object.keys(LINK_STATE) as (keyof UrlState)[];

/** The shareable subset of the store, as the link writes it. */
export function selectUrlState(s: AtlasState): UrlState {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) out[key] = LINK_STATE[key].read(s);
  return out as UrlState;
}

/** Set the store from an opened link, entry by entry, through patches and slice actions. */
export function applyUrlState(
  link: UrlState,
  store: { getState: () => AtlasState; setState: (p: Partial<AtlasState>) => void },
): void {
  for (const key of KEYS) {
    const entry = LINK_STATE[key] as Entry<typeof key>;
    const patch = entry.apply(link[key] as never, link, store.getState());
    if (patch) store.setState(patch);
  }
}

/** Ids the link names that the data does not have, per setting, removed from the store. */
export function forgetUnknownIds(
  link: UrlState,
  index: ReadonlyMap<string, unknown>,
  store: { getState: () => AtlasState; setState: (p: Partial<AtlasState>) => void },
): { param: keyof UrlState; value: string }[] {
  const found: { param: keyof UrlState; value: string }[] = [];
  for (const key of KEYS) {
    const entry = LINK_STATE[key] as Entry<typeof key>;
    const value = link[key];
    if (!entry.ids || value === undefined) continue;
    const unknown = entry.ids(value as never).filter((id) => !index.has(id));
    if (!unknown.length) continue;
    found.push(...unknown.map((v) => ({ param: key, value: v })));
    if (entry.forget) store.setState(entry.forget(unknown, store.getState()));
  }
  return found;
}
