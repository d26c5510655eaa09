import type { FeatureCollection, Point } from 'geojson';
import type { SourcedLayer } from './atlas-layers';
import { theme } from '../theme';
import { perFeatureCircle, perFeatureColour } from './shared-programs';

export const SITES_SOURCE = 'atlas-sites';
export const SITE_RINGS_SOURCE = 'atlas-site-rings';
const SITE_COLOUR = '#1d232b';

/** Candidate sites as points labelled A, B, C; `active` marks the one the panel profiles. */
export function sitesCollection(
  sites: readonly [number, number][],
  active: number,
  names: readonly string[],
): FeatureCollection<Point, { name: string; active: boolean }> {
  return {
    type: 'FeatureCollection',
    features: sites.map((coordinates, i) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates },
      properties: { name: names[i], active: i === active },
    })),
  };
}

export function siteLayerSpecs(): SourcedLayer[] {
  return [
    {
      id: 'site-rings-line',
      type: 'line',
      source: SITE_RINGS_SOURCE,
      paint: {
        'line-color': perFeatureColour(SITE_COLOUR),
        'line-width': 1.5,
        'line-dasharray': [2, 2],
        'line-opacity': 0.75,
      },
    },
    {
      id: 'site-rings-label',
      type: 'symbol',
      source: SITE_RINGS_SOURCE,
      layout: {
        'symbol-placement': 'line',
        'text-field': ['get', 'label'],
        'text-font': [theme.font],
        'text-size': 11,
        'symbol-spacing': 400,
      },
      paint: { 'text-color': perFeatureColour(SITE_COLOUR), 'text-halo-color': '#fff', 'text-halo-width': 2 },
    },
    {
      id: 'sites-circle',
      type: 'circle',
      source: SITES_SOURCE,
      paint: perFeatureCircle({
        'circle-radius': ['case', ['get', 'active'], 13, 10],
        'circle-color': ['case', ['get', 'active'], SITE_COLOUR, '#ffffff'],
        'circle-stroke-color': SITE_COLOUR,
        'circle-stroke-width': 2.5,
      }),
    },
    {
      id: 'sites-label',
      type: 'symbol',
      source: SITES_SOURCE,
      layout: { 'text-field': ['get', 'name'], 'text-font': [theme.font], 'text-size': 13, 'text-allow-overlap': true },
      paint: { 'text-color': ['case', ['get', 'active'], '#ffffff', SITE_COLOUR] },
    },
  ];
}
