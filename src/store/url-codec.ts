import { isLang, type Lang } from '../i18n/i18n';

/**
 * The shareable part of the atlas state, as it appears in the query string.
 * The camera is NOT here: it lives in the hash (`#zoom/lat/lng`), written by MapLibre itself.
 * Version 1. A new field gets a default so that old links keep working.
 */
export interface UrlState {
  lang?: Lang;
  basemap?: Basemap;
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

type FieldCodec = {
  parse: (raw: string) => Partial<UrlState> | null;
  format: (state: UrlState) => string | undefined;
};

// One entry per query parameter; unknown parameters are reported, never thrown.
const FIELDS: Record<string, FieldCodec> = {
  lang: {
    parse: (raw) => (isLang(raw) ? { lang: raw } : null),
    format: (s) => s.lang,
  },
  basemap: {
    parse: (raw) => ((BASEMAPS as readonly string[]).includes(raw) ? { basemap: raw as Basemap } : null),
    format: (s) => (s.basemap && s.basemap !== 'embedded' ? s.basemap : undefined),
  },
};

/** Parse a query string (with or without `?`). Never throws; bad values become problems. */
export function parseQuery(search: string): ParsedUrl {
  const state: UrlState = {};
  const problems: UrlProblem[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, problems: [{ param: '?', value: search.slice(0, 80) }] };
  }
  for (const [param, value] of params) {
    const codec = Object.hasOwn(FIELDS, param) ? FIELDS[param] : undefined;
    const parsed = codec ? codec.parse(value.trim()) : null;
    if (parsed) Object.assign(state, parsed);
    else problems.push({ param: param.slice(0, 40), value: value.slice(0, 80) });
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
  // URLSearchParams encodes commas; keep them readable in shared links.
  return params.toString().replace(/%2C/gi, ',');
}
