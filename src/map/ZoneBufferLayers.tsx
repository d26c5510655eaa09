import { useDeferredValue, useEffect, useState } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { useAtlas } from '../store/store';
import type { BufferProps } from '../geo/zone-buffer';
import { formatNumber } from '../i18n/i18n';
import type { ZoneProps } from '../data/schema';
import { bufferLayerSpecs, ZONE_BUFFER_SOURCE } from './layers/buffer-layers';

const SPECS = bufferLayerSpecs();
const EMPTY: FeatureCollection<Polygon | MultiPolygon, BufferProps> = { type: 'FeatureCollection', features: [] };

/**
 * The chosen zones' "within" distance, drawn: the area whose places the counts call "within".
 * Mounted by AtlasLayers right after the zones, so it lies above their fill and under every point.
 * The buffer code (turf + JSTS, ~290 kB) loads only once a zone is chosen, not at start-up.
 */
export default function ZoneBufferLayers() {
  const data = useAtlas((s) => s.data);
  // Deferred (see AtlasLayers): the counts first, the band after.
  const zones = useDeferredValue(useAtlas((s) => s.zones));
  const within = useDeferredValue(useAtlas((s) => s.within));
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers.includes('zones'));
  const [collection, setCollection] = useState(EMPTY);
  useEffect(() => {
    const chosen = (data?.zones.features ?? []).filter((z) => zones.includes(z.properties.id)) as Feature<
      Polygon | MultiPolygon,
      ZoneProps
    >[];
    if (!chosen.length || within <= 0) return setCollection(EMPTY);
    let current = true;
    const label = within >= 1000 ? `${formatNumber(within / 1000, lang)} km` : `${within} m`;
    import('../geo/zone-buffer')
      .then(({ zoneBuffers }) => current && setCollection(zoneBuffers(chosen, within, label)))
      .catch(() => current && setCollection(EMPTY)); // the band is an aid; the counts stand without it
    return () => {
      current = false;
    };
  }, [data, zones, within, lang]);
  return (
    <Source id={ZONE_BUFFER_SOURCE} type="geojson" data={collection}>
      {SPECS.map((spec) => (
        <Layer key={spec.id} {...spec} layout={{ ...spec.layout, visibility: visible ? 'visible' : 'none' }} />
      ))}
    </Source>
  );
}
