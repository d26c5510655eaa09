import type { StoreApi, UseBoundStore } from 'zustand';
import { t, isLang, type Lang } from '../i18n/i18n';
import { formatQuery, parseQuery, type UrlProblem, type UrlState } from './url-codec';
import type { AtlasState, AtlasStore } from './store';
import { applyUrlState, forgetUnknownIds, selectUrlState } from './link-state';
import { readCameraHash } from './url-camera';
import { featureIndex } from './selectors';

/** The notices about one opened link are one notice (one group), however many values it had. */
export const LINK_NOTICE_GROUP = 'link';

/** One line per problem, saying what happened to the value, in the link's language. */
export function describeUrlProblem(p: UrlProblem, lang: Lang): string {
  return t(`url.why.${p.reason}`, lang, { param: p.param, value: p.value, to: p.to ?? '' });
}

/** Add problems of the opened link to its one notice (made on the first). */
export function reportLinkProblems(store: AtlasStore, problems: readonly UrlProblem[]): void {
  if (!problems.length) return;
  const { lang, addNotice } = store.getState();
  addNotice('warning', t('url.group', lang), {
    group: LINK_NOTICE_GROUP,
    items: problems.map((p) => describeUrlProblem(p, lang)),
  });
}

function preferredLang(): Lang {
  const nav = typeof navigator === 'undefined' ? 'en' : navigator.language.slice(0, 2);
  return isLang(nav) ? nav : 'en';
}

/**
 * Apply the query string to the store once at start-up, then keep the query string in step
 * with the store. The hash (camera) is left to MapLibre; we only replace `?…`.
 */
export function startUrlSync(store: UseBoundStore<StoreApi<AtlasState>>, loc: Location = window.location): () => void {
  const { state, problems } = parseQuery(loc.search);
  applyUrlState({ ...state, lang: state.lang ?? preferredLang() }, store);
  // A camera MapLibre would take but cannot show (#10/59.3/Infinity) never reaches it: the hash
  // goes before the map reads it, so the map opens on the home view, and the link says so.
  const camera = readCameraHash(loc.hash);
  if (camera.kind === 'bad') {
    problems.push(camera.problem);
    window.history.replaceState(window.history.state, '', `${loc.pathname}${loc.search}`);
  }
  reportLinkProblems(store, problems);
  checkLinkIdsWhenLoaded(store, state);
  const unguard = guardLiveHash(store);

  let last = '';
  const write = (s: AtlasState) => {
    const query = formatQuery(selectUrlState(s));
    if (query === last) return;
    last = query;
    const url = `${loc.pathname}${query ? `?${query}` : ''}${loc.hash}`;
    window.history.replaceState(window.history.state, '', url);
  };
  write(store.getState());
  const unsubscribe = store.subscribe(write);
  return () => {
    unsubscribe();
    unguard();
  };
}

/**
 * Ids a link names (zones, a place, a story, a scene) can only be checked against the data once
 * it has loaded. The check runs as the data and the stories arrive in the store, before start-up
 * acts on them, so an unknown id joins the link's one notice and a scene past the end says which
 * scene shows instead.
 */
function checkLinkIdsWhenLoaded(store: AtlasStore, link: UrlState): void {
  let dataChecked = false;
  let storyChecked = !link.story;
  const unsubscribe = store.subscribe((s) => {
    const problems: UrlProblem[] = [];
    if (!dataChecked && s.data) {
      dataChecked = true;
      const unknown = forgetUnknownIds(link, featureIndex(s.data), store);
      problems.push(...unknown.map(({ param, value }) => ({ param, value, reason: 'not-found' as const })));
    }
    const pending = s.pendingStory;
    if (!storyChecked && pending && Object.keys(s.stories).length) {
      storyChecked = true;
      const story = Object.hasOwn(s.stories, pending.id) ? s.stories[pending.id] : undefined;
      if (!story) {
        problems.push({ param: 'story', value: pending.id, reason: 'not-found' });
        store.setState({ pendingStory: null });
      } else if (pending.scene >= story.scenes.length) {
        const n = story.scenes.length;
        problems.push({ param: 'scene', value: String(pending.scene + 1), reason: 'last-scene', to: String(n) });
        store.setState({ pendingStory: { ...pending, scene: n - 1 } });
      }
    }
    reportLinkProblems(store, problems);
    if (dataChecked && storyChecked) unsubscribe();
  });
}

/**
 * A hash typed into a live page goes to MapLibre, which reads `Infinity` or `-1e308` as numbers
 * and jumps there, leaving a map that cannot be moved again. This listener is added before the
 * map exists, so it runs before MapLibre's: a hash that is no usable view stops there, the
 * address goes back to the view the map shows, and a notice says so. Anchors (`#map`) pass.
 */
function guardLiveHash(store: AtlasStore, win: Window = window): () => void {
  const guard = (e: HashChangeEvent) => {
    const reading = readCameraHash(win.location.hash);
    if (reading.kind !== 'bad') return;
    e.stopImmediatePropagation();
    let previous = '';
    try {
      previous = new URL(e.oldURL).hash;
    } catch {
      /* no old URL: the address keeps no hash until the map writes its own */
    }
    if (readCameraHash(previous).kind === 'bad') previous = '';
    win.history.replaceState(win.history.state, '', `${win.location.pathname}${win.location.search}${previous}`);
    const { lang, addNotice } = store.getState();
    addNotice('warning', t('url.camera.ignored', lang, { value: reading.problem.value }));
  };
  win.addEventListener('hashchange', guard);
  return () => win.removeEventListener('hashchange', guard);
}
