import { isLang, type Lang } from '../i18n/i18n';
import { PANEL_TABS, type PanelTab } from './ui-slice';
import { clampWithin, WITHIN_DEFAULT_METRES, WITHIN_MAX_METRES } from '../data/limits';
import idAliases from '../../data/id-aliases.json';
import {
  INCUBATOR_KINDS,
  isLayerId,
  LAYER_ALIASES,
  LAYER_IDS,
  POLICY_POINTS,
  REGION,
  ROLES,
  SEGMENTS,
  STAGES,
  THEMES,
  type LayerId,
  type PolicyPoint,
  type Theme,
} from '../data/layers';

const ZONE_ID = /^zone-[a-z0-9]+(-[a-z0-9]+)*$/;
const isZoneId = (s: string): s is string => ZONE_ID.test(s);
const oneOf =
  <T extends string>(values: readonly T[]) =>
  (s: string): s is T =>
    (values as readonly string[]).includes(s);

/**
 * The shareable part of the atlas state, as it appears in the query string.
 * The camera is NOT here: it lives in the hash (`#zoom/lat/lng`), written by MapLibre itself.
 * Version 1. A new field gets a default so that old links keep working.
 */
export interface UrlState {
  lang?: Lang;
  basemap?: Basemap;
  layers?: LayerId[];
  feature?: string;
  zones?: string[];
  within?: number;
  outside?: 'dim' | 'hide';
  lens?: PolicyPoint;
  compare?: string[];
  segment?: string[];
  role?: string[];
  stage?: string[];
  kind?: string[];
  theme?: Theme[];
  /** Candidate sites as [lng, lat]. */
  sites?: [number, number][];
  story?: string;
  /** 1-based, as people count scenes. */
  scene?: number;
  /** The time control's year; absent = now, without the control. */
  year?: number;
  /** The open panel tab, so the recipient sees the same one. */
  tab?: PanelTab;
  /** Shown inside another site's page: the map only, with a compact legend (`embed=1`). */
  embed?: boolean;
}

export type Basemap = 'embedded' | 'online';
export const BASEMAPS: readonly Basemap[] = ['embedded', 'online'];

/**
 * Why a link value did not apply as written. Every value either applies unchanged or gets one of
 * these, so nothing in a link changes silently.
 */
export type UrlProblemReason =
  | 'invalid' // not a value the atlas knows
  | 'unknown' // not a parameter of the atlas
  | 'empty' // `layers=`: the default applies instead of "nothing"
  | 'duplicate' // given twice: the last one applies
  | 'extra' // beyond the most the atlas takes (`to` = that most)
  | 'rounded' // applied as `to`
  | 'no-story' // `scene` without `story`
  | 'not-found' // a well-formed id the data does not have
  | 'last-scene' // the story has fewer scenes: `to` is the one shown
  | 'camera'; // the hash is not a map view the atlas can show

/** What was dropped or changed while parsing, for a notice in the UI. */
export interface UrlProblem {
  param: string;
  value: string;
  reason: UrlProblemReason;
  /** What applies instead, where something does. */
  to?: string;
}

export interface ParsedUrl {
  state: UrlState;
  problems: UrlProblem[];
}

/** A field parser returns what it could use, the parts it had to drop, and what it changed. */
type Parsed = { value?: Partial<UrlState>; dropped?: string[]; changed?: Omit<UrlProblem, 'param'>[] };

type FieldCodec = {
  parse: (raw: string) => Parsed;
  format: (state: UrlState) => string | undefined;
};

const one = (ok: boolean, value: Partial<UrlState>, raw: string): Parsed => (ok ? { value } : { dropped: [raw] });

/** Comma lists keep their good items; bad items are reported one by one. */
function list<T extends string>(raw: string, valid: (s: string) => s is T): { items: T[]; dropped: string[] } {
  const parts = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const items = [...new Set(parts.filter(valid))];
  return { items, dropped: parts.filter((p) => !valid(p)) };
}

const MAX_SITES = 3;
/** Years a link may name: the cluster's sourced history starts well after 1900; plans end by 2040. */
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2040;
const FEATURE_ID = /^[a-z]{3,4}-[a-z0-9-]{1,80}$/;
const ID_ALIASES: Readonly<Record<string, string>> = idAliases.aliases;

// One entry per query parameter; unknown parameters are reported, never thrown.
const FIELDS: Record<string, FieldCodec> = {
  lang: {
    parse: (raw) => one(isLang(raw), { lang: raw as Lang }, raw),
    format: (s) => s.lang,
  },
  basemap: {
    parse: (raw) => one((BASEMAPS as readonly string[]).includes(raw), { basemap: raw as Basemap }, raw),
    format: (s) => (s.basemap && s.basemap !== 'embedded' ? s.basemap : undefined),
  },
  layers: {
    parse: (raw) => {
      if (raw === 'none') return { value: { layers: [] } };
      // A layer renamed since the link was made still opens (hagastaden → buildings).
      // Own-property lookups only: `layers=constructor` must not find Object's constructor.
      const renamed = raw
        .split(',')
        .map((l) => (Object.hasOwn(LAYER_ALIASES, l.trim()) ? LAYER_ALIASES[l.trim()] : l))
        .join(',');
      const { items, dropped } = list(renamed, isLayerId);
      return { value: items.length || !dropped.length ? { layers: items } : undefined, dropped };
    },
    format: (s) =>
      !s.layers || s.layers.length === LAYER_IDS.length ? undefined : s.layers.length ? s.layers.join(',') : 'none',
  },
  feature: {
    // A place whose id changed when it moved layer (hag-forskaren → bld-forskaren) still opens.
    parse: (raw) => one(FEATURE_ID.test(raw), { feature: Object.hasOwn(ID_ALIASES, raw) ? ID_ALIASES[raw] : raw }, raw),
    format: (s) => s.feature,
  },
  zones: listField('zones', isZoneId),
  within: {
    parse: (raw) => {
      const n = Number(raw);
      if (!(/^\d{1,5}$/.test(raw) && n <= WITHIN_MAX_METRES)) return { dropped: [raw] };
      // The slider moves in steps of 100 m; a link between steps opens on the nearest one, and says so.
      const within = clampWithin(n);
      return {
        value: { within },
        changed: within === n ? [] : [{ value: raw, reason: 'rounded', to: String(within) }],
      };
    },
    format: (s) => (s.within === undefined || s.within === WITHIN_DEFAULT_METRES ? undefined : String(s.within)),
  },
  outside: {
    parse: (raw) => one(raw === 'dim' || raw === 'hide', { outside: raw as 'dim' | 'hide' }, raw),
    format: (s) => (s.outside === 'hide' ? 'hide' : undefined),
  },
  lens: {
    parse: (raw) => one(oneOf(POLICY_POINTS)(raw.toUpperCase()), { lens: raw.toUpperCase() as PolicyPoint }, raw),
    format: (s) => s.lens,
  },
  compare: listField('compare', isZoneId, 4),
  segment: listField('segment', oneOf(SEGMENTS)),
  role: listField('role', oneOf(ROLES)),
  stage: listField('stage', oneOf(STAGES)),
  kind: listField('kind', oneOf(INCUBATOR_KINDS)),
  theme: listField('theme', oneOf(THEMES)),
  sites: {
    parse: (raw) => {
      const parts = raw
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean);
      const good = parts.map(parseLatLng);
      const sites = good.filter((p): p is [number, number] => p !== null).slice(0, MAX_SITES);
      const extra = parts.filter((_, i) => good[i] !== null).slice(MAX_SITES);
      return {
        value: sites.length ? { sites } : undefined,
        dropped: parts.filter((_, i) => good[i] === null),
        changed: extra.map((value) => ({ value, reason: 'extra', to: String(MAX_SITES) })),
      };
    },
    format: (s) => (s.sites?.length ? s.sites.map(([lng, lat]) => `${lat},${lng}`).join(';') : undefined),
  },
  story: {
    parse: (raw) => {
      // `constructor` is well-formed but names a property every object has: it is no story.
      if (Object.hasOwn(Object.prototype, raw)) return { changed: [{ value: raw, reason: 'not-found' }] };
      return one(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw) && raw.length <= 80, { story: raw }, raw);
    },
    format: (s) => s.story,
  },
  scene: {
    parse: (raw) => one(/^\d{1,2}$/.test(raw) && Number(raw) >= 1, { scene: Number(raw) }, raw),
    format: (s) => (s.story && s.scene ? String(s.scene) : undefined),
  },
  year: {
    parse: (raw) =>
      one(/^\d{4}$/.test(raw) && Number(raw) >= YEAR_MIN && Number(raw) <= YEAR_MAX, { year: Number(raw) }, raw),
    format: (s) => (s.year === undefined ? undefined : String(s.year)),
  },
  tab: {
    parse: (raw) => one(oneOf(PANEL_TABS)(raw), { tab: raw as PanelTab }, raw),
    // The Layers tab is where the atlas opens anyway; the details tab follows from `feature`.
    format: (s) => (s.tab && s.tab !== 'layers' && s.tab !== 'details' ? s.tab : undefined),
  },
  embed: {
    parse: (raw) => one(raw === '1' || raw === '0', { embed: raw === '1' }, raw),
    format: (s) => (s.embed ? '1' : undefined),
  },
  // The single-site form `site=lat,lng` is read (links people type) but never written.
  site: {
    parse: (raw) => {
      const p = parseLatLng(raw);
      return p ? { value: { sites: [p] } } : { dropped: [raw] };
    },
    format: () => undefined,
  },
};

/** "59.35,18.03" → [18.03, 59.35] when both are numbers inside the atlas region. */
function parseLatLng(raw: string): [number, number] | null {
  const m = /^(-?\d{1,3}(?:\.\d{1,8})?),\s*(-?\d{1,3}(?:\.\d{1,8})?)$/.exec(raw.trim());
  if (!m) return null;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  const inside = lng >= REGION.west && lng <= REGION.east && lat >= REGION.south && lat <= REGION.north;
  return inside ? [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5] : null;
}

type ListKey = 'zones' | 'compare' | 'segment' | 'role' | 'stage' | 'kind' | 'theme';

/** A comma-separated list parameter; `max` drops the surplus with a problem each. */
function listField(key: ListKey, valid: (s: string) => boolean, max = Infinity): FieldCodec {
  return {
    parse: (raw) => {
      const { items, dropped } = list(raw, (s): s is string => valid(s));
      return {
        value: items.length ? { [key]: items.slice(0, max) } : undefined,
        dropped,
        changed: items.slice(max).map((value) => ({ value, reason: 'extra', to: String(max) })),
      };
    },
    format: (s) => {
      const v = s[key];
      return v?.length ? v.join(',') : undefined;
    },
  };
}

const cut = (p: UrlProblem): UrlProblem => ({ ...p, param: p.param.slice(0, 40), value: p.value.slice(0, 80) });

/** Parse a query string (with or without `?`). Never throws; bad values become problems. */
export function parseQuery(search: string): ParsedUrl {
  const state: UrlState = {};
  const problems: UrlProblem[] = [];
  const entries = [...new URLSearchParams(search)];
  // A parameter given twice: the last one applies (as a later edit of a link would), the others
  // are named. `site` and `sites` set the same thing, so together they count as given twice.
  const setting = (param: string) => (param === 'site' ? 'sites' : param);
  const last = new Map(entries.map(([param], i) => [setting(param), i]));
  for (const [i, [param, value]] of entries.entries()) {
    const codec = Object.hasOwn(FIELDS, param) ? FIELDS[param] : undefined;
    const raw = value.trim();
    if (!codec) {
      problems.push(cut({ param, value, reason: 'unknown' }));
      continue;
    }
    if (last.get(setting(param)) !== i) {
      problems.push(cut({ param, value, reason: 'duplicate' }));
      continue;
    }
    // `layers=` would otherwise hide every layer; an empty value keeps the default instead.
    if (!raw) {
      problems.push(cut({ param, value, reason: 'empty' }));
      continue;
    }
    const parsed = codec.parse(raw);
    if (parsed.value) Object.assign(state, parsed.value);
    for (const bad of parsed.dropped ?? []) problems.push(cut({ param, value: bad, reason: 'invalid' }));
    for (const c of parsed.changed ?? []) problems.push(cut({ param, ...c }));
  }
  if (state.scene !== undefined && !state.story) {
    problems.push({ param: 'scene', value: String(state.scene), reason: 'no-story' });
    delete state.scene;
  }
  return { state, problems };
}

/** Format the state as a query string without the leading `?` (empty when all defaults). */
export function formatQuery(state: UrlState): string {
  const params = new URLSearchParams();
  for (const [param, codec] of Object.entries(FIELDS)) {
    const value = codec.format(state);
    if (value !== undefined && value !== '') params.set(param, value);
  }
  // URLSearchParams encodes commas and semicolons; keep them readable in shared links.
  return params.toString().replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}
