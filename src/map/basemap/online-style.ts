/**
 * The optional street-level basemap: OpenFreeMap's OSM vector style (no key). It is probed
 * before use so a venue without Wi-Fi falls back to the embedded map within a few seconds.
 */
export const ONLINE_STYLE_URL = 'https://tiles.openfreemap.org/styles/positron';
export const ONLINE_ORIGINS = ['https://tiles.openfreemap.org'];
export const ONLINE_TIMEOUT_MS = 4000;

/** Fetch the online style JSON, or reject after `timeoutMs`. */
export async function probeOnlineStyle(
  fetchImpl: typeof fetch = fetch,
  timeoutMs = ONLINE_TIMEOUT_MS,
): Promise<unknown> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchImpl(ONLINE_STYLE_URL, { signal: controller.signal });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const json: unknown = await res.json();
    if (typeof json !== 'object' || json === null || !('layers' in json)) throw new Error('not a style');
    return json;
  } finally {
    clearTimeout(timer);
  }
}
