import { describe, expect, it } from 'vitest';
import { generateLinks } from '../../test/fixtures/hostile/links';
import { LAYER_ALIASES } from '../data/layers';
import idAliases from '../../data/id-aliases.json';
import { formatQuery, parseQuery, type UrlProblem, type UrlState } from './url-codec';
import { readCameraHash } from './url-camera';
import { describeUrlProblem } from './url-sync';
import { applyUrlState, selectUrlState } from './link-state';
import { createAtlasStore } from './store';

const LISTS = new Set(['layers', 'zones', 'compare', 'segment', 'role', 'stage', 'kind', 'theme']);
const KNOWN = new Set([
  ...LISTS,
  'lang',
  'basemap',
  'feature',
  'within',
  'outside',
  'lens',
  'sites',
  'site',
  'story',
  'scene',
]);
const ID_ALIASES: Record<string, string> = idAliases.aliases;
const cut = (s: string, n: number) => s.slice(0, n);

/**
 * The oracle, written apart from the codec: a value of the link is explained when the state
 * carries it as written (up to case and old names, which change nothing) or a problem names it.
 */
function applied(param: string, item: string, state: UrlState): boolean {
  switch (param) {
    case 'layers':
      return (
        Boolean(state.layers?.includes((Object.hasOwn(LAYER_ALIASES, item) ? LAYER_ALIASES[item] : item) as never)) ||
        (item === 'none' && state.layers?.length === 0)
      );
    case 'lens':
      return state.lens === item.toUpperCase();
    case 'within':
      return state.within === Number(item) && /^\d+$/.test(item);
    case 'scene':
      return state.scene === Number(item);
    case 'feature':
      return state.feature === (Object.hasOwn(ID_ALIASES, item) ? ID_ALIASES[item as keyof typeof ID_ALIASES] : item);
    case 'sites':
    case 'site': {
      const [lat, lng] = item.split(',').map(Number);
      return Boolean(state.sites?.some(([x, y]) => Math.abs(x - lng) < 1e-5 && Math.abs(y - lat) < 1e-5));
    }
    default:
      if (LISTS.has(param)) return Boolean((state[param as keyof UrlState] as string[] | undefined)?.includes(item));
      return state[param as keyof UrlState] === item;
  }
}

function unexplained(search: string, state: UrlState, problems: UrlProblem[]): string[] {
  const named = (param: string, value: string, reasons?: string[]) =>
    problems.some(
      (p) => p.param === cut(param, 40) && p.value === cut(value, 80) && (!reasons || reasons.includes(p.reason)),
    );
  const entries = [...new URLSearchParams(search)];
  const setting = (p: string) => (p === 'site' ? 'sites' : p);
  const lastIndex = new Map(entries.map(([p], i) => [setting(p), i]));
  const missing: string[] = [];
  for (const [i, [param, value]] of entries.entries()) {
    const raw = value.trim();
    const unused = !KNOWN.has(param)
      ? (['unknown', `${param}=${value} (unknown)`] as const)
      : lastIndex.get(setting(param)) !== i
        ? (['duplicate', `${param}=${value} (twice)`] as const)
        : !raw
          ? (['empty', `${param}= (empty)`] as const)
          : undefined;
    if (unused) {
      if (!named(param, value, [unused[0]])) missing.push(unused[1]);
      continue;
    }
    const items =
      LISTS.has(param) && raw !== 'none'
        ? raw
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean)
        : param === 'sites'
          ? raw
              .split(';')
              .map((s) => s.trim())
              .filter(Boolean)
          : [raw];
    for (const item of items) if (!applied(param, item, state) && !named(param, item)) missing.push(`${param}=${item}`);
  }
  return missing;
}

describe('a generated corpus of hostile links', () => {
  const links = generateLinks(2400);

  it('is big and varied enough to mean something', () => {
    expect(links.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(links.map((l) => `${l.search}#${l.hash}`)).size).toBeGreaterThan(2000);
    const problems = links.flatMap((l) => parseQuery(l.search).problems);
    // Every kind of change the codec knows happens somewhere in the corpus.
    expect(new Set(problems.map((p) => p.reason))).toEqual(
      new Set(['invalid', 'unknown', 'empty', 'duplicate', 'extra', 'rounded', 'no-story', 'not-found']),
    );
  });

  it('never throws, and every value of every link is applied as written or reported', () => {
    let reported = 0;
    for (const { search, hash } of links) {
      const { state, problems } = parseQuery(search);
      expect(unexplained(search, state, problems), `?${search}`).toEqual([]);
      // Each report can be said in both languages, with nothing left unfilled.
      for (const p of problems)
        for (const lang of ['sv', 'en'] as const) expect(describeUrlProblem(p, lang)).not.toMatch(/\{\w+\}/);
      // What survived is a link the atlas would write, and it opens as itself without a single report.
      const again = parseQuery(formatQuery(state));
      expect(again.problems).toEqual([]);
      expect(formatQuery(again.state)).toBe(formatQuery(state));
      // Through a fresh store and back (the link ↔ store table): still a clean link, and applying
      // it again changes nothing.
      const store = createAtlasStore();
      applyUrlState(state, store);
      const written = formatQuery(selectUrlState(store.getState()));
      expect(parseQuery(written).problems, `?${search} → ?${written}`).toEqual([]);
      const store2 = createAtlasStore();
      applyUrlState(parseQuery(written).state, store2);
      expect(formatQuery(selectUrlState(store2.getState()))).toBe(written);
      reported += problems.length;

      const camera = readCameraHash(`#${hash}`);
      if (camera.kind === 'camera') {
        const { zoom, lat, lng, bearing, pitch } = camera.camera;
        for (const n of [zoom, lat, lng, bearing, pitch]) expect(Number.isFinite(n)).toBe(true);
        expect(lat > 58 && lat < 61 && lng > 15 && lng < 20).toBe(true);
      }
      if (camera.kind === 'none') expect(hash === '' || !/^[-+.\d]|\//.test(decodeURIComponent(hash))).toBe(true);
    }
    expect(reported).toBeGreaterThan(2000);
  }, 60_000); // about 1 s alone; the suite shares 2 cores with the browser tests
});
