/** The files the embedded basemap draws, under `<base>/basemap/` (built by `npm run basemap`). */
export const BASEMAP_FILES = {
  water: 'water.geojson',
  areas: 'areas.geojson',
  rail: 'rail.geojson',
  planned: 'planned.geojson',
  stations: 'stations.geojson',
  stops: 'stops.geojson',
  labels: 'labels.geojson',
} as const;

/**
 * Absolute URL of a basemap file under the app's base, resolved against the page (not the
 * origin) so a build served under a sub-path finds its files; MapLibre's worker needs absolute URLs.
 */
export function basemapUrl(baseUrl: string): (file: string) => string {
  const page = typeof window === 'undefined' ? 'http://localhost/' : window.location.href;
  return (file: string) => new URL(`${baseUrl}basemap/${file}`, page).href;
}
