import type { SourcedLayer } from './atlas-layers';
import { theme } from '../theme';
import { ZONE_STYLE } from './symbols';
import { perFeatureColour, perFeatureNumber } from './shared-programs';

export const ZONE_BUFFER_SOURCE = 'atlas-zone-buffer';

/** A faint band and a dotted edge labelled with the distance ("1 km"), under the zones. */
export function bufferLayerSpecs(): SourcedLayer[] {
  return [
    {
      id: 'zone-buffer-fill',
      type: 'fill',
      source: ZONE_BUFFER_SOURCE,
      paint: { 'fill-color': perFeatureColour(ZONE_STYLE.proposed.line), 'fill-opacity': perFeatureNumber(0.04) },
    },
    {
      id: 'zone-buffer-line',
      type: 'line',
      source: ZONE_BUFFER_SOURCE,
      paint: {
        'line-color': perFeatureColour(ZONE_STYLE.proposed.line),
        'line-width': 1.6,
        'line-dasharray': [1, 2],
        'line-opacity': 0.85,
      },
      layout: { 'line-cap': 'round' },
    },
    {
      id: 'zone-buffer-label',
      type: 'symbol',
      source: ZONE_BUFFER_SOURCE,
      minzoom: 10,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 420,
        'text-field': ['get', 'label'],
        'text-font': [theme.font],
        'text-size': 12,
        'text-keep-upright': true,
      },
      paint: {
        'text-color': perFeatureColour(ZONE_STYLE.proposed.line),
        'text-halo-color': 'rgba(255,255,255,0.95)',
        'text-halo-width': 1.5,
      },
    },
  ];
}
