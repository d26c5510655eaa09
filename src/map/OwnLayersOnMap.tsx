import { useEffect, useMemo, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { useAtlas } from '../store/store';
import { distanceProperty, FAR, ownFieldOnMap, toMapProperties, type OwnLayer } from '../data/own-layers';
import type { ZoneIndex } from '../geo/zone-index';
import { ownClusterProperties, ownLayerSpecs, ownSourceId } from './layers/own-layers';

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
        properties[names[z]] = Number.isFinite(d) ? Math.round(d) : FAR;
      }
      return { ...f, properties };
    }),
  };
}

/**
 * Handing a layer to MapLibre serialises it to the map's worker: for 100k points that is seconds
 * of main-thread time, so a big layer is handed over once, with its zone distances, instead of
 * once without and again with them. If the distances take longer than this, the points are
 * drawn without them meanwhile (drawn as reached) rather than kept off the map.
 */
export const WAIT_FOR_DISTANCES_MS = 10_000;
/** Below this, two hand-overs cost less than a frame or two: draw at once. */
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

function OwnLayerSource({ layer, zoneIds }: { layer: OwnLayer; zoneIds: readonly string[] }) {
  const index = useAtlas((s) => s.ownIndexes[layer.id]);
  const ready = useDistancesOrTimeout(layer, index);
  const zones = useAtlas((s) => s.zones);
  const within = useAtlas((s) => s.within);
  const mode = useAtlas((s) => s.outside);
  const data = useMemo(() => (ready ? withDistances(layer, index) : null), [ready, layer, index]);
  const clusterProperties = useMemo(() => ownClusterProperties(zoneIds), [zoneIds]);
  const specs = useMemo(
    () =>
      ownLayerSpecs(layer.id, layer.colour, layer.labelField === null ? null : ownFieldOnMap(layer.labelField), {
        zones,
        within,
        mode,
      }),
    [layer.id, layer.colour, layer.labelField, zones, within, mode],
  );
  if (!data) return null;
  return (
    <Source
      id={ownSourceId(layer.id)}
      type="geojson"
      data={data}
      cluster
      clusterMaxZoom={13}
      clusterRadius={45}
      clusterProperties={clusterProperties}
    >
      {specs.map((spec) => (
        <Layer key={spec.id} {...spec} />
      ))}
    </Source>
  );
}

/** Planners' own layers, drawn under the atlas's points. */
export default function OwnLayersOnMap() {
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
