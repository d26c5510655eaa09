import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { useAtlas } from '../store/store';
import { zoneBuffers } from '../geo/zone-buffer';
import { formatNumber } from '../i18n/i18n';
import type { ZoneProps } from '../data/schema';
import { bufferLayerSpecs, ZONE_BUFFER_SOURCE } from './layers/buffer-layers';

const SPECS = bufferLayerSpecs();

/**
 * The chosen zones' "within" distance, drawn: the area whose places the counts call "within".
 * Mounted by AtlasLayers right after the zones, so it lies above their fill and under every point.
 */
export default function ZoneBufferLayers() {
  const data = useAtlas((s) => s.data);
  const zones = useAtlas((s) => s.zones);
  const within = useAtlas((s) => s.within);
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers.includes('zones'));
  const collection = useMemo(() => {
    const chosen = (data?.zones.features ?? []).filter((z) => zones.includes(z.properties.id)) as Feature<Polygon | MultiPolygon, ZoneProps>[];
    const label = within >= 1000 ? `${formatNumber(within / 1000, lang)} km` : `${within} m`;
    return zoneBuffers(chosen, within, label);
  }, [data, zones, within, lang]);
  return (
    <Source id={ZONE_BUFFER_SOURCE} type="geojson" data={collection}>
      {SPECS.map((spec) => (
        <Layer key={spec.id} {...spec} layout={{ ...spec.layout, visibility: visible ? 'visible' : 'none' }} />
      ))}
    </Source>
  );
}
