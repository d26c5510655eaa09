import { useCallback, useMemo, useState } from 'react';
import Map, { AttributionControl, FullscreenControl, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import type { MapLayerMouseEvent, MapEvent } from 'react-map-gl/maplibre';
import type { ErrorEvent as MapErrorEvent, Map as MaplibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAtlas } from '../store/store';
import { pick } from '../i18n/i18n';
import { mapLib } from './map-lib';
import { useBasemapStyle, fallBackToEmbedded } from './use-basemap-style';
import { HOME_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './theme';
import AtlasLayers from './AtlasLayers';
import { interactiveLayerIds } from './layers/atlas-layers';
import { layerOfIcon, renderIcon } from './layers/icons';
import { ICON_PIXEL_RATIO } from './layers/symbols';
import { POINT_LAYER_IDS } from '../data/layers';

interface Hover {
  x: number;
  y: number;
  name: string;
}

/** Icons are made on demand, so they come back by themselves after a basemap switch. */
function provideIcons(map: MaplibreMap) {
  map.on('styleimagemissing', (e: { id: string }) => {
    const layer = layerOfIcon(e.id);
    if (layer && !map.hasImage(e.id)) map.addImage(e.id, renderIcon(layer), { pixelRatio: ICON_PIXEL_RATIO });
  });
}

/** The only component that talks to the MapLibre instance. */
export default function MapView() {
  const lang = useAtlas((s) => s.lang);
  const basemap = useAtlas((s) => s.basemap);
  const visible = useAtlas((s) => s.visibleLayers);
  const select = useAtlas((s) => s.select);
  const mapStyle = useBasemapStyle();
  const [hover, setHover] = useState<Hover | null>(null);
  const interactive = useMemo(
    () => interactiveLayerIds(POINT_LAYER_IDS.filter((l) => visible.includes(l))),
    [visible],
  );

  const onError = useCallback(
    (e: MapErrorEvent) => {
      // Tiles of the online basemap failing mid-session (the venue Wi-Fi dropped): fall back.
      if (basemap === 'online') fallBackToEmbedded();
      console.warn('map error', e.error?.message);
    },
    [basemap],
  );

  const onLoad = useCallback((e: MapEvent) => {
    window.atlasMap = e.target;
    provideIcons(e.target);
  }, []);

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const f = e.features?.[0];
      const props = f?.properties as { name?: string; name_en?: string } | undefined;
      setHover(props?.name ? { x: e.point.x, y: e.point.y, name: pick(lang, props.name, props.name_en) } : null);
    },
    [lang],
  );

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      // Points sit on top of zones: prefer a point when both are under the cursor.
      const features = e.features ?? [];
      const f = features.find((x) => x.layer.id !== 'zones-fill') ?? features[0];
      const id = (f?.properties as { id?: string } | undefined)?.id;
      select(id ?? null);
    },
    [select],
  );

  return (
    <Map
      mapLib={mapLib}
      mapStyle={mapStyle}
      initialViewState={{ bounds: HOME_BOUNDS, fitBoundsOptions: { padding: 20 } }}
      hash
      maxBounds={MAX_BOUNDS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      attributionControl={false}
      canvasContextAttributes={{ preserveDrawingBuffer: true }}
      style={{ position: 'absolute', inset: 0 }}
      interactiveLayerIds={interactive}
      cursor={hover ? 'pointer' : 'grab'}
      onError={onError}
      onLoad={onLoad}
      onMouseMove={onMouseMove}
      onMouseLeave={() => setHover(null)}
      onClick={onClick}
    >
      <AtlasLayers />
      <NavigationControl position="top-right" visualizePitch />
      <FullscreenControl position="top-right" />
      <ScaleControl position="bottom-right" unit="metric" />
      <AttributionControl position="bottom-right" compact={false} />
      {hover && (
        <div className="map-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} role="tooltip">
          {hover.name}
        </div>
      )}
    </Map>
  );
}
