import type { AtlasData } from '../data/validate';
import { POINT_LAYER_IDS, type PointLayerId } from '../data/layers';
import { mappedCompanies } from '../data/coverage';
import type { AtlasIndexes } from './atlas-filter';
import { countInZone } from './zone-index';

/**
 * Fill count tokens in a story caption or fact from the data, so a number on a slide is never
 * typed by hand and cannot drift from the map:
 *   {companies}                     distinct life-science companies mapped
 *   {count:<layer>}                 places in a layer
 *   {inside:<layer>:<zone-id>}      places of a layer inside a zone
 * An unknown token is left as it is (the story check reports it).
 */
export function fillCounts(text: string, data: AtlasData, indexes: AtlasIndexes, locale: string): string {
  const n = (v: number) => v.toLocaleString(locale);
  return text.replace(/\{(companies|count:[a-z-]+|inside:[a-z-]+:zone-[a-z0-9-]+)\}/g, (token, body: string) => {
    const [kind, layer, zone] = body.split(':');
    if (kind === 'companies') return n(mappedCompanies(data));
    if (!(POINT_LAYER_IDS as readonly string[]).includes(layer)) return token;
    const l = layer as PointLayerId;
    if (kind === 'count') return n(data.layers[l].features.length);
    if (!data.zones.features.some((z) => z.properties.id === zone)) return token;
    return n(countInZone(indexes[l], zone, 0).inside);
  });
}
