import Map, { AttributionControl, FullscreenControl, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAtlas } from '../store/store';
import { mapLib } from './map-lib';
import { useBasemapStyle, fallBackToEmbedded } from './use-basemap-style';
import { HOME_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './theme';
import type { ErrorEvent as MapErrorEvent } from 'maplibre-gl';

/** The only component that talks to the MapLibre instance. */
export default function MapView() {
  const lang = useAtlas((s) => s.lang);
  const basemap = useAtlas((s) => s.basemap);
  const mapStyle = useBasemapStyle();

  const onError = (e: MapErrorEvent) => {
    // Tiles of the online basemap failing mid-session (the venue Wi-Fi dropped): fall back.
    if (basemap === 'online') fallBackToEmbedded();
    console.warn('map error', e.error?.message);
  };

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
      locale={{ 'NavigationControl.ZoomIn': lang === 'sv' ? 'Zooma in' : 'Zoom in' }}
      style={{ position: 'absolute', inset: 0 }}
      onError={onError}
      onLoad={(e) => {
        window.atlasMap = e.target;
      }}
    >
      <NavigationControl position="top-right" visualizePitch />
      <FullscreenControl position="top-right" />
      <ScaleControl position="bottom-right" unit="metric" />
      <AttributionControl position="bottom-right" compact={false} />
    </Map>
  );
}
