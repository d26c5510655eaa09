import type { MapGeoJSONFeature } from 'maplibre-gl';
import { fromMapProperties, ownMapProperties, type OwnLayer } from '../data/own-layers';
import { pick, type Lang } from '../i18n/i18n';
import { ownLayerOf } from './layers/own-layers';

/** What the tooltip says for a feature under the pointer: its name, or for own layers the label field or a cluster's size. */
export function hoverText(f: MapGeoJSONFeature | undefined, ownLayers: readonly OwnLayer[], lang: Lang): string | null {
  if (!f) return null;
  const p = (f.properties ?? {}) as Record<string, unknown>;
  const own = ownLayerOf(f.layer.id);
  if (own) {
    const layer = ownLayers.find((l) => l.id === own);
    if (!layer) return null;
    if ('point_count' in p) return `${layer.name}: ${String(p.point_count)}`;
    // The file's fields travel prefixed on the map (a big layer's points: only their index).
    const fields = fromMapProperties(ownMapProperties(layer, p));
    return layer.labelField && fields[layer.labelField] != null ? String(fields[layer.labelField]) : layer.name;
  }
  return typeof p.name === 'string' ? pick(lang, p.name, typeof p.name_en === 'string' ? p.name_en : undefined) : null;
}
