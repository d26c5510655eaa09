import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { FeatureCollection } from 'geojson';
import { useAtlas } from '../store/store';
import { selectFiltering, selectUserResults } from '../store/selectors';
import type { UserLayer } from '../data/user-layers';
import type { LayerResult } from '../geo/atlas-filter';
import { USER_CLUSTER_PROPERTIES, userLayerSpecs, userSourceId } from './layers/user-layers';

/** The layer's features with their filter class, or only the reached ones when hiding. */
function withClasses(layer: UserLayer, result: LayerResult | undefined, filtering: boolean, hide: boolean): FeatureCollection {
  if (!filtering || !result) return { type: 'FeatureCollection', features: layer.features };
  const features = [];
  for (let i = 0; i < layer.features.length; i++) {
    const c = result.classes[i];
    if (hide && c === 0) continue;
    const f = layer.features[i];
    features.push({ ...f, properties: { ...f.properties, _cls: c } });
  }
  return { type: 'FeatureCollection', features };
}

function OwnLayer({ layer }: { layer: UserLayer }) {
  const result = useAtlas((s) => selectUserResults(s)[layer.id]);
  const filtering = useAtlas(selectFiltering);
  const hide = useAtlas((s) => s.outside === 'hide');
  const data = useMemo(() => withClasses(layer, result, filtering, hide), [layer, result, filtering, hide]);
  const specs = useMemo(() => userLayerSpecs(layer.id, layer.colour, layer.labelField), [layer.id, layer.colour, layer.labelField]);
  return (
    <Source id={userSourceId(layer.id)} type="geojson" data={data} cluster clusterMaxZoom={13} clusterRadius={45} clusterProperties={USER_CLUSTER_PROPERTIES}>
      {specs.map((spec) => (
        <Layer key={spec.id} {...spec} />
      ))}
    </Source>
  );
}

/** Planners' own layers, drawn under the atlas's points. */
export default function UserLayersOnMap() {
  const layers = useAtlas((s) => s.userLayers);
  const hidden = useAtlas((s) => s.hiddenUserLayers);
  return (
    <>
      {layers
        .filter((l) => !hidden.includes(l.id))
        .map((l) => (
          <OwnLayer key={l.id} layer={l} />
        ))}
    </>
  );
}
