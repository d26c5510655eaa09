import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { POINT_LAYER_IDS } from '../data/layers';
import { useAtlas } from '../store/store';
import { zoneLabelPoints } from '../geo/zone-label-points';
import { pointLayerSpecs, pointSourceId, zoneLayerSpecs, ZONE_LABELS_SOURCE, ZONES_SOURCE } from './layers/atlas-layers';

/** The atlas's own data on the map: zones under points, each layer a source of its own. */
export default function AtlasLayers() {
  const data = useAtlas((s) => s.data);
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers);
  const selectedId = useAtlas((s) => s.selectedId);
  const zoneLabels = useMemo(() => (data ? zoneLabelPoints(data.zones) : null), [data]);
  const zoneSpecs = useMemo(() => zoneLayerSpecs(lang, selectedId), [lang, selectedId]);
  const pointSpecs = useMemo(
    () => Object.fromEntries(POINT_LAYER_IDS.map((l) => [l, pointLayerSpecs(l, lang, selectedId)])),
    [lang, selectedId],
  );

  if (!data || !zoneLabels) return null;
  const visibility = (on: boolean) => ({ visibility: on ? ('visible' as const) : ('none' as const) });
  return (
    <>
      <Source id={ZONES_SOURCE} type="geojson" data={data.zones}>
        {zoneSpecs
          .filter((spec) => spec.source === ZONES_SOURCE)
          .map((spec) => (
            <Layer key={spec.id} {...spec} layout={{ ...spec.layout, ...visibility(visible.includes('zones')) }} />
          ))}
      </Source>
      {POINT_LAYER_IDS.map((layer) => (
        <Source key={layer} id={pointSourceId(layer)} type="geojson" data={data.layers[layer]}>
          {pointSpecs[layer].map((spec) => (
            <Layer key={spec.id} {...spec} layout={{ ...spec.layout, ...visibility(visible.includes(layer)) }} />
          ))}
        </Source>
      ))}
      <Source id={ZONE_LABELS_SOURCE} type="geojson" data={zoneLabels}>
        {zoneSpecs
          .filter((spec) => spec.source === ZONE_LABELS_SOURCE)
          .map((spec) => (
            <Layer key={spec.id} {...spec} layout={{ ...spec.layout, ...visibility(visible.includes('zones')) }} />
          ))}
      </Source>
    </>
  );
}
