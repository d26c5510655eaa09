import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { markOwnLayerDrawn } from '../data/own-layer-drawn';
import { Layer, Source, useMap } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { distanceProperty, ownFieldOnMap, toMapProperties, type OwnLayer } from '../data/own-layers';
import { distanceOnMap, type ZoneIndex } from '../geo/zone-index';
import { ownClusterProperties, ownFilterState, ownLayerSpecs, ownSourceId } from './layers/own-layers';
import { ownTilesReady } from './own-tiles/protocol';
import { ownTiles, ownTileUrl } from './own-tiles/tile-client';
import {
  allPoints,
  CLUSTER_MAX_ZOOM,
  CLUSTER_RADIUS_PX,
  OWN_TILE_LAYER,
  OWN_TILE_MAX_ZOOM,
  ownTileInput,
} from './own-tiles/tile-index';

/**
 * The layer's features with their distance to every zone, from the zone index: built once per
 * layer and index. Until the index is ready the features go without them (drawn as reached).
 */
function withDistances(layer: OwnLayer, index: ZoneIndex | undefined): FeatureCollection {
  const Z = index?.zoneIds.length ?? 0;
  const names = index?.zoneIds.map(distanceProperty) ?? [];
  return {
    type: 'FeatureCollection',
    features: layer.features.map((f, i) => {
      // The file's own fields go prefixed, so a `cluster_id` or `point_count` column stays a field.
      const properties = toMapProperties(f.properties);
      for (let z = 0; z < Z && index; z++) {
        const d = index.distances[i * Z + z];
        properties[names[z]] = distanceOnMap(d);
      }
      return { ...f, properties };
    }),
  };
}

/**
 * A big layer is drawn once, with its zone distances, rather than once without them and again
 * with: each drawing of 300,000 points costs the tile worker a second or so. If the distances
 * take longer than this, the points are drawn without them meanwhile (drawn as reached).
 */
export const WAIT_FOR_DISTANCES_MS = 10_000;
/**
 * Above this, a points-only layer goes as vector tiles from our own worker (map/own-tiles):
 * handing it to MapLibre as GeoJSON copies it on the page in one go, 4.6–5 s for 300,000 points.
 * Below it that copy costs a frame or two, and MapLibre's GeoJSON source does the rest.
 */
const SMALL_LAYER = 5_000;

function useDistancesOrTimeout(layer: OwnLayer, index: ZoneIndex | undefined): boolean {
  const [waited, setWaited] = useState(false);
  useEffect(() => {
    if (index || layer.features.length <= SMALL_LAYER) return;
    const timer = window.setTimeout(() => setWaited(true), WAIT_FOR_DISTANCES_MS);
    return () => window.clearTimeout(timer);
  }, [index, layer]);
  return Boolean(index) || waited || layer.features.length <= SMALL_LAYER;
}

type TilesState = { url: string } | { failed: string } | null;
let tileVersion = 0;
/** The worker fails once for every big layer: the planner hears it once. */
let toldTilesFailed = false;

/** A big points-only layer built into tiles by the worker: the URL to draw it from, or why not. */
function useOwnTiles(layer: OwnLayer, index: ZoneIndex | undefined, wanted: boolean): TilesState {
  const [state, setState] = useState<TilesState>(null);
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    const version = ++tileVersion;
    ownTilesReady
      .then(() => ownTileInput(layer, index))
      .then((input) => (current ? ownTiles.load(layer.id, input) : undefined))
      .then(
        () => current && setState({ url: ownTileUrl(layer.id, version) }),
        (e: unknown) => current && setState({ failed: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      current = false;
    };
  }, [wanted, layer, index]);
  // Hidden or removed: the worker lets go of its clusters.
  useEffect(() => () => ownTiles.drop(layer.id), [layer.id]);
  return state;
}

/** Tells (data/own-layer-drawn) when the map has drawn the layer's source for the first time. */
function useDrawnSignal(id: string, onMap: boolean) {
  const { current } = useMap();
  useEffect(() => {
    const map = current?.getMap();
    if (!map || !onMap) return;
    const source = ownSourceId(id);
    const check = () => {
      if (!map.getSource(source) || !map.isSourceLoaded(source)) return;
      map.off('idle', check);
      markOwnLayerDrawn(id);
    };
    map.on('idle', check);
    return () => {
      map.off('idle', check);
    };
  }, [current, onMap, id]);
}

function OwnLayerSource({ layer, zoneIds }: { layer: OwnLayer; zoneIds: readonly string[] }) {
  const index = useAtlas((s) => s.ownIndexes[layer.id]);
  const ready = useDistancesOrTimeout(layer, index);
  const addNotice = useAtlas((s) => s.addNotice);
  const lang = useAtlas((s) => s.lang);
  const points = useMemo(() => allPoints(layer), [layer]);
  const tiles = useOwnTiles(layer, index, ready && points && layer.features.length > SMALL_LAYER);
  const failed = tiles && 'failed' in tiles ? tiles.failed : null;
  const asTiles = tiles && 'url' in tiles ? tiles.url : null;
  const asGeoJson = ready && (!points || layer.features.length <= SMALL_LAYER || failed !== null);
  // The tile worker failed: the layer is still drawn, the slow way, and the planner told why, once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: told once per failure, not per language change
  useEffect(() => {
    if (!failed || toldTilesFailed) return;
    toldTilesFailed = true;
    addNotice('info', t('import.tilesOnPage', lang, { reason: failed }));
  }, [failed, addNotice]);
  const data = useMemo(() => (asGeoJson ? withDistances(layer, index) : null), [asGeoJson, layer, index]);
  const clusterProperties = useMemo(() => ownClusterProperties(zoneIds), [zoneIds]);
  const specs = useMemo(
    () =>
      ownLayerSpecs(
        layer.id,
        layer.colour,
        layer.labelField === null ? null : ownFieldOnMap(layer.labelField),
        zoneIds,
        asTiles ? OWN_TILE_LAYER : null,
      ),
    [layer.id, layer.colour, layer.labelField, zoneIds, asTiles],
  );
  useDrawnSignal(layer.id, Boolean(asTiles || data));
  const children = specs.map((spec) => <Layer key={spec.id} {...spec} />);
  if (asTiles && !data)
    return (
      <Source key="tiles" id={ownSourceId(layer.id)} type="vector" tiles={[asTiles]} maxzoom={OWN_TILE_MAX_ZOOM}>
        {children}
      </Source>
    );
  if (!data) return null;
  return (
    <Source
      key="geojson"
      id={ownSourceId(layer.id)}
      type="geojson"
      data={data}
      cluster
      clusterMaxZoom={CLUSTER_MAX_ZOOM}
      clusterRadius={CLUSTER_RADIUS_PX}
      clusterProperties={clusterProperties}
    >
      {children}
    </Source>
  );
}

/**
 * The zone filter (zones, within, dim or hide) as the map's global state, which the own layers'
 * expressions read (layers/own-layers): a tick changes the state, not the layers. A new basemap
 * style starts from empty state, so it is set again when one loads.
 */
function useOwnFilterState() {
  const { current } = useMap();
  // Deferred like the atlas's own layers (AtlasLayers): the counts first, the map after.
  const zones = useDeferredValue(useAtlas((s) => s.zones));
  const within = useDeferredValue(useAtlas((s) => s.within));
  const mode = useDeferredValue(useAtlas((s) => s.outside));
  useEffect(() => {
    const map = current?.getMap();
    if (!map) return;
    const state = ownFilterState({ zones, within, mode });
    const apply = () => {
      try {
        for (const [key, value] of Object.entries(state)) map.setGlobalStateProperty(key, value);
      } catch {
        // A basemap style still loading refuses state; its `style.load` below applies it.
      }
    };
    apply();
    map.on('style.load', apply);
    return () => {
      map.off('style.load', apply);
    };
  }, [current, zones, within, mode]);
}

/** Planners' own layers, drawn under the atlas's points. */
export default function OwnLayersOnMap() {
  useOwnFilterState();
  const layers = useAtlas((s) => s.ownLayers);
  const hidden = useAtlas((s) => s.hiddenOwnLayers);
  const zoneFeatures = useAtlas((s) => s.data?.zones.features);
  const zoneIds = useMemo(() => (zoneFeatures ?? []).map((z) => z.properties.id), [zoneFeatures]);
  return (
    <>
      {layers
        .filter((l) => !hidden.includes(l.id))
        .map((l) => (
          <OwnLayerSource key={l.id} layer={l} zoneIds={zoneIds} />
        ))}
    </>
  );
}
