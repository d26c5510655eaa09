import type { Feature } from 'geojson';

/** Features serialised per slice: a slice of 5,000 small points takes ~10–20 ms here. */
const SLICE = 5_000;

const yieldToFrames = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * A big GeoJSON collection as a Blob URL that MapLibre's worker fetches and parses itself.
 * Handing MapLibre the object instead serialises it on the main thread in one go (seconds at
 * 300k points, measured: `_sendWorkerUpdate`); here the text is written a slice at a time with a
 * yield between slices, so no frame waits long. Null when cancelled (the layer changed meanwhile).
 */
export async function geojsonBlobUrl<T>(
  items: readonly T[],
  toFeature: (item: T, i: number) => Feature,
  job: { cancelled: boolean },
): Promise<string | null> {
  const parts: string[] = ['{"type":"FeatureCollection","features":['];
  for (let start = 0; start < items.length; start += SLICE) {
    if (start > 0) {
      await yieldToFrames();
      if (job.cancelled) return null;
    }
    const end = Math.min(items.length, start + SLICE);
    const slice: string[] = [];
    for (let i = start; i < end; i++) slice.push(JSON.stringify(toFeature(items[i], i)));
    parts.push(start > 0 ? `,${slice.join(',')}` : slice.join(','));
  }
  parts.push(']}');
  return URL.createObjectURL(new Blob(parts, { type: 'application/json' }));
}

/** Revoke a Blob URL once MapLibre's worker has surely read it (it fetches as soon as it is set). */
export function revokeLater(url: string, ms = 60_000): void {
  setTimeout(() => URL.revokeObjectURL(url), ms);
}
