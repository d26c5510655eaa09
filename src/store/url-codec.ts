import { isLang, type Lang } from '../i18n/i18n';
import idAliases from '../../data/id-aliases.json';
import { INCUBATOR_KINDS, isLayerId, LAYER_ALIASES, LAYER_IDS, POLICY_POINTS, REGION, ROLES, SEGMENTS, STAGES, THEMES, type LayerId, type PolicyPoint, type Theme } from '../data/layers';

const ZONE_ID = /^zone-[a-z0-9]+(-[a-z0-9]+)*$/;
const isZoneId = (s: string): s is string => ZONE_ID.test(s);
const oneOf = <T extends string>(values: readonly T[]) => (s: string): s is T => (values as readonly string[]).includes(s);


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
}

export type Basemap = 'embedded' | 'online';
export const BASEMAPS: readonly Basemap[] = ['embedded', 'online'];

/** What was dropped while parsing, for a notice in the UI. */
export interface UrlProblem {
  param: string;
  value: string;
}

export interface ParsedUrl {
  state: UrlState;
  problems: UrlProblem[];
}

/** A field parser returns what it could use and the parts it had to drop. */
type Parsed = { value?: Partial<UrlState>; dropped?: string[] };

type FieldCodec = {
  parse: (raw: string) => Parsed;
  format: (state: UrlState) => string | undefined;
};

const one = (ok: boolean, value: Partial<UrlState>, raw: string): Parsed => (ok ? { value } : { dropped: [raw] });

/** Comma lists keep their good items; bad items are reported one by one. */
function list<T extends string>(raw: string, valid: (s: string) => s is T): { items: T[]; dropped: string[] } {
  const parts = raw.split(',').map((s) => s.trim()).filter(Boolean);
  const items = [...new Set(parts.filter(valid))];
  return { items, dropped: parts.filter((p) => !valid(p)) };
}

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
      const renamed = raw.split(',').map((l) => LAYER_ALIASES[l.trim()] ?? l).join(',');
      const { items, dropped } = list(renamed, isLayerId);
      return { value: items.length || !dropped.length ? { layers: items } : undefined, dropped };
    },
    format: (s) =>
      !s.layers || s.layers.length === LAYER_IDS.length ? undefined : s.layers.length ? s.layers.join(',') : 'none',
  },
  feature: {
    // A place whose id changed when it moved layer (hag-forskaren → bld-forskaren) still opens.
    parse: (raw) => one(FEATURE_ID.test(raw), { feature: ID_ALIASES[raw] ?? raw }, raw),
    format: (s) => s.feature,
  },
  zones: listField('zones', isZoneId),
  within: {
    parse: (raw) => {
      const n = Number(raw);
      return one(/^\d{1,4}$/.test(raw) && n >= 0 && n <= 5000, { within: Math.round(n / 100) * 100 }, raw);
    },
    format: (s) => (s.within === undefined || s.within === 1000 ? undefined : String(s.within)),
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
      const parts = raw.split(';').map((s) => s.trim()).filter(Boolean);
      const good = parts.map(parseLatLng);
      const sites = good.filter((p): p is [number, number] => p !== null).slice(0, 3);
      const dropped = [...parts.filter((_, i) => good[i] === null), ...parts.filter((_, i) => good[i] !== null).slice(3)];
      return { value: sites.length ? { sites } : undefined, dropped };
    },
    format: (s) => (s.sites && s.sites.length ? s.sites.map(([lng, lat]) => `${lat},${lng}`).join(';') : undefined),
  },
  story: {
    parse: (raw) => one(/^[a-z0-9]+(-[a-z0-9]+)*$/.test(raw) && raw.length <= 80, { story: raw }, raw),
    format: (s) => s.story,
  },
  scene: {
    parse: (raw) => one(/^\d{1,2}$/.test(raw) && Number(raw) >= 1, { scene: Number(raw) }, raw),
    format: (s) => (s.story && s.scene ? String(s.scene) : undefined),
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
      return { value: items.length ? { [key]: items.slice(0, max) } : undefined, dropped: [...dropped, ...items.slice(max)] };
    },
    format: (s) => {
      const v = s[key];
      return v && v.length ? v.join(',') : undefined;
    },
  };
}

/** Parse a query string (with or without `?`). Never throws; bad values become problems. */
export function parseQuery(search: string): ParsedUrl {
  const state: UrlState = {};
  const problems: UrlProblem[] = [];
  const params = new URLSearchParams(search);
  for (const [param, value] of params) {
    const codec = Object.hasOwn(FIELDS, param) ? FIELDS[param] : undefined;
    const parsed: Parsed = codec ? codec.parse(value.trim()) : { dropped: [value] };
    if (parsed.value) Object.assign(state, parsed.value);
    for (const bad of parsed.dropped ?? []) problems.push({ param: param.slice(0, 40), value: bad.slice(0, 80) });
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
