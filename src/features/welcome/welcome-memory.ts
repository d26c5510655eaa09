/**
 * Whether the welcome card has been dismissed in this browser. Storage that throws (site data
 * blocked) or refuses writes only means the card may show again: never a broken start.
 */
const KEY = 'atlas.welcome.dismissed';

// Reading `localStorage` itself throws where site data is blocked: it is read inside the try.
const local = () => globalThis.localStorage;

export function welcomeDismissed(storage?: Pick<Storage, 'getItem'>): boolean {
  try {
    return (storage ?? local())?.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function rememberWelcomeDismissed(storage?: Pick<Storage, 'setItem'>): void {
  try {
    (storage ?? local())?.setItem(KEY, '1');
  } catch {
    // Not remembered: the card shows again next visit, which is harmless.
  }
}

/**
 * A first visit opens on the bare atlas; a shared link (zones, a site, a story, a place…)
 * already says what it shows, so the welcome would stand in its way.
 */
export function isBareOpening(search: string): boolean {
  const params = new URLSearchParams(search);
  return [...params.keys()].every((key) => key === 'lang' || key === 'basemap');
}
