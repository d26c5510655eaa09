import type { Feature, FeatureCollection, Point } from 'geojson';
import { BASEMAP_FILES, basemapUrl } from './basemap-files';

// The transit network and the area names the embedded basemap draws, read once more as data:
// the site profile measures to stations and stops, search flies to stations and districts.
// Same files as the map (public/basemap/, built by `npm run basemap`), fetched on first need.

export interface StationProps {
  id: string;
  name: string;
  mode: 'metro' | 'rail' | 'light-rail' | 'tram' | 'ferry';
  /** Lines that call, e.g. "T10, T11" or "Pendeltåg". */
  lines: string;
  status: 'open' | 'planned';
  opens?: number;
  source?: string;
}
export interface StopProps {
  id: string;
  name: string;
}
export interface AreaProps {
  kind: 'district' | 'municipality';
  name: string;
  bbox: [number, number, number, number];
}

export interface Network {
  stations: Feature<Point, StationProps>[];
  stops: Feature<Point, StopProps>[];
  /** Label points of the districts and municipalities, with their bounding boxes. */
  areas: Feature<Point, AreaProps>[];
}

async function fetchJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Fetch the network files. Rejects with the file that failed; the caller says so to the user. */
export async function loadNetwork(baseUrl: string): Promise<Network> {
  const url = basemapUrl(baseUrl);
  const [stations, stops, areas] = await Promise.all([
    fetchJson<FeatureCollection<Point, StationProps>>(url(BASEMAP_FILES.stations)),
    fetchJson<FeatureCollection<Point, StopProps>>(url(BASEMAP_FILES.stops)),
    fetchJson<FeatureCollection>(url(BASEMAP_FILES.areas)),
  ]);
  const isArea = (f: Feature): f is Feature<Point, AreaProps> =>
    f.geometry.type === 'Point' &&
    ['district', 'municipality'].includes((f.properties as { kind?: string } | null)?.kind ?? '');
  return { stations: stations.features, stops: stops.features, areas: areas.features.filter(isArea) };
}
