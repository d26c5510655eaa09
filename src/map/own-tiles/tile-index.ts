import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { distanceProperty, OWN_INDEX_PROPERTY, ownFieldOnMap, type OwnLayer } from '../../data/own-layers';
import { distanceOnMap, type ZoneIndex } from '../../geo/zone-index';

/**
 * A big own layer's points as vector tiles, made in our own worker (tile.worker.ts) and read by
 * MapLibre through a protocol (tile-client.ts).
 *
 * Why not a GeoJSON source: MapLibre copies a GeoJSON source's data to its worker with one
 * structured clone on the page, 4.6–5 s of frozen page for 300,000 points (measured, #16). Here
 * the page sends what the map needs as typed arrays it hands over without copying; the clusters
 * and tiles are built with the same library MapLibre's own GeoJSON source uses
 * (@maplibre/geojson-vt), with the same options, so the picture is the same.
 */

/** The source layer the tiles carry, for the style layers' `source-layer`. */
export const OWN_TILE_LAYER = 'points';
/** Tile extent and MapLibre's tile size (a vector source's default, 512 px): a radius in pixels becomes radius × EXTENT / TILE_SIZE. */
const EXTENT = 4096;
export const OWN_TILE_SIZE = 512;
/** Clusters up to zoom 13, 45 px apart: the same for the GeoJSON path (OwnLayersOnMap), so both draw alike. */
export const CLUSTER_MAX_ZOOM = 13;
export const CLUSTER_RADIUS_PX = 45;
/** Tiles are cut up to here; MapLibre over-zooms them beyond (points keep ~0.3 m at z14). */
export const OWN_TILE_MAX_ZOOM = 14;

/** What the page sends for one layer: everything as arrays, nothing per feature as an object. */
export interface OwnTileInput {
  /** Longitude, latitude, longitude, latitude … one pair per point. */
  coords: Float64Array;
  /** The label field's text of every point, end to end, and where each ends (null: no label field). */
  labels: { text: string; ends: Uint32Array } | null;
  /** The label's property name on the map (`own:<field>`). */
  labelProperty: string | null;
  zoneIds: readonly string[];
  /** Distance of point i to zone z at [i × zoneIds.length + z], whole metres (BEYOND: far); null before the zone index. */
  distances: Uint16Array | null;
}

export type OwnTileIndex = GeoJSONVT;

/** Each point's map properties: its index in the layer, its label, its distance to every zone. */
function toFeatures(input: OwnTileInput): FeatureCollection<Point> {
  const n = input.coords.length / 2;
  const Z = input.distances ? input.zoneIds.length : 0;
  const names = input.zoneIds.map(distanceProperty);
  const features: Feature<Point>[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const properties: Record<string, unknown> = { [OWN_INDEX_PROPERTY]: i };
    const label = input.labels && input.labelProperty ? labelAt(input.labels, i) : '';
    if (label && input.labelProperty) properties[input.labelProperty] = label;
    for (let z = 0; z < Z; z++) {
      const d = (input.distances as Uint16Array)[i * Z + z];
      properties[names[z]] = distanceOnMap(d);
    }
    features[i] = {
      type: 'Feature',
      id: i,
      properties,
      geometry: { type: 'Point', coordinates: [input.coords[2 * i], input.coords[2 * i + 1]] },
    };
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The cluster index. A cluster carries, per zone, the smallest distance of its points (as the
 * GeoJSON path's `clusterProperties` do), so dimming and hiding treat it the same way.
 */
export function buildOwnTileIndex(input: OwnTileInput): OwnTileIndex {
  const names = input.distances ? input.zoneIds.map(distanceProperty) : [];
  return new GeoJSONVT(toFeatures(input), {
    maxZoom: OWN_TILE_MAX_ZOOM,
    extent: EXTENT,
    buffer: 128 * (EXTENT / OWN_TILE_SIZE),
    cluster: true,
    clusterOptions: {
      maxZoom: CLUSTER_MAX_ZOOM,
      minPoints: 2,
      extent: EXTENT,
      radius: CLUSTER_RADIUS_PX * (EXTENT / OWN_TILE_SIZE),
      map: (p: Record<string, unknown> | null) => {
        const out: Record<string, number> = {};
        for (const name of names) out[name] = Number(p?.[name] ?? 0);
        return out;
      },
      reduce: (acc: Record<string, unknown>, p: Record<string, unknown>) => {
        for (const name of names) acc[name] = Math.min(Number(acc[name]), Number(p[name]));
      },
    },
  });
}

/** One tile as Mapbox Vector Tile bytes (an empty tile where there is nothing). */
export function ownTileBytes(index: OwnTileIndex, z: number, x: number, y: number): Uint8Array {
  const tile = index.getTile(z, x, y);
  return fromGeojsonVt(tile ? { [OWN_TILE_LAYER]: tile } : {}, { version: 2, extent: EXTENT });
}

/** The zoom at which a cluster falls apart into its points. */
export function ownClusterExpansionZoom(index: OwnTileIndex, clusterId: number): number {
  return index.getClusterExpansionZoom(clusterId) ?? 0;
}

/** Whether a layer can go as tiles: every feature a point (areas stay on the GeoJSON path). */
export function allPoints(layer: Pick<OwnLayer, 'features'>): boolean {
  for (const f of layer.features) if (f.geometry?.type !== 'Point') return false;
  return true;
}

/** A slice of points packed between two turns of the page (~5 ms here). */
const PACK_SLICE = 50_000;
const nextTask = () => new Promise<void>((r) => setTimeout(r, 0));

/**
 * What the tile worker needs of a points-only layer, as arrays the page hands over without a
 * copy: 300,000 points as objects cost seconds to clone, their labels as strings ~65 ms, the
 * same as one Float64Array and one string ~1 ms. Packed in slices between the page's turns. The
 * distances are copied once, since the zone index keeps its own.
 */
export async function ownTileInput(
  layer: Pick<OwnLayer, 'features' | 'labelField'>,
  index: Pick<ZoneIndex, 'zoneIds' | 'distances'> | undefined,
): Promise<OwnTileInput> {
  const n = layer.features.length;
  const coords = new Float64Array(n * 2);
  const field = layer.labelField;
  const parts: string[] = [];
  const ends = field === null ? null : new Uint32Array(n);
  let end = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % PACK_SLICE === 0) await nextTask();
    const f = layer.features[i];
    const [lon, lat] = (f.geometry as Point).coordinates;
    coords[2 * i] = lon;
    coords[2 * i + 1] = lat;
    if (ends && field !== null) {
      const v = f.properties[field];
      const text = v == null ? '' : String(v);
      parts.push(text);
      end += text.length;
      ends[i] = end;
    }
  }
  return {
    coords,
    labels: ends ? { text: parts.join(''), ends } : null,
    labelProperty: field === null ? null : ownFieldOnMap(field),
    zoneIds: index?.zoneIds ?? [],
    distances: index ? index.distances.slice() : null,
  };
}

/** Point i's label from the packed labels ('' for none). */
export function labelAt(labels: NonNullable<OwnTileInput['labels']>, i: number): string {
  return labels.text.slice(i === 0 ? 0 : labels.ends[i - 1], labels.ends[i]);
}
