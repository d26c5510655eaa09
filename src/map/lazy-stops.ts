import type { Map as MapLibreMap, GeoJSONSource } from 'maplibre-gl';
import { STOPS_MINZOOM, STOPS_SOURCE } from './basemap/embedded-style';
import { BASEMAP_FILES, basemapUrl } from '../data/basemap-files';

// The embedded style starts its stops source empty: 11,000 points that only street zoom shows
// should not cost start-up. The first time the camera comes close, the file is handed over.
// A new style (switching basemaps) brings a new, empty source object, so it is filled again.
const filled = new WeakSet<object>();

export function fillStopsWhenClose(map: MapLibreMap, baseUrl: string): void {
  if (map.getZoom() < STOPS_MINZOOM - 0.5) return;
  const source = map.getSource(STOPS_SOURCE) as GeoJSONSource | undefined;
  if (!source || filled.has(source)) return;
  filled.add(source);
  source.setData(basemapUrl(baseUrl)(BASEMAP_FILES.stops));
}
