import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import MapGL, { AttributionControl, FullscreenControl, NavigationControl, ScaleControl } from 'react-map-gl/maplibre';
import type { MapLayerMouseEvent, MapEvent } from 'react-map-gl/maplibre';
import type { ErrorEvent as MapErrorEvent, Map as MaplibreMap, MapSourceDataEvent } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { hoverText } from './hover-text';
import PlaceCallout from './PlaceCallout';
import { mapLib } from './map-lib';
import { useBasemapStyle, fallBackToEmbedded } from './use-basemap-style';
import { HOME_BOUNDS, MAX_BOUNDS, MAX_ZOOM, MIN_ZOOM } from './theme';
import AtlasLayers from './AtlasLayers';
import SiteLayers from './SiteLayers';
import OwnLayersOnMap from './OwnLayersOnMap';
import MapTools from './MapTools';
import CoarseHint from './CoarseHint';
import { interactiveLayerIds } from './layers/atlas-layers';
import { ownLayerOf, ownInteractiveLayerIds, zoomIntoCluster } from './layers/own-layers';
import { provideIcons } from './layers/icons';
import { useCameraRequests } from './use-camera-requests';
import { embeddedAttribution } from './basemap/embedded-style';
import { fillStopsWhenClose } from './lazy-stops';
import { loadProgress, CREATED } from './load-progress';
import { POINT_LAYER_IDS } from '../data/layers';
import { ownMapProperties } from '../data/own-layers';

interface Hover {
  x: number;
  y: number;
  name: string;
}

/**
 * MapLibre's compact attribution starts unfolded, which on a phone covers a fifth of the map:
 * fold it once at start (the ⓘ opens it).
 */
function foldAttributionOnPhones(map: MaplibreMap) {
  if (map.getContainer().clientWidth > 640) return;
  const fold = () =>
    map
      .getContainer()
      .querySelector('.maplibregl-ctrl-attrib.maplibregl-compact-show')
      ?.classList.remove('maplibregl-compact-show');
  fold();
  map.once('load', fold);
}

function useFoldedAttribution(mapRef: React.RefObject<MapRef | null>, ready: boolean, key: string) {
  // After the (keyed) control is re-created for a new language or basemap, fold it again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the trigger: a new control needs folding.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (ready && map) foldAttributionOnPhones(map);
  }, [mapRef, ready, key]);
}

/**
 * Until the map's first idle, its sources' events move the loading bar (store: mapProgress); the
 * store is told only when the bar moves a visible step, not at each of the hundreds of tile events.
 */
function showLoadProgress(map: MaplibreMap) {
  const progress = loadProgress();
  let shown = progress.styled();
  useAtlas.setState({ mapProgress: shown });
  const onSource = (e: MapSourceDataEvent) => {
    const v = progress.source(e.sourceId, e.isSourceLoaded === true);
    if (v - shown < 0.02) return;
    shown = v;
    useAtlas.setState({ mapProgress: v });
  };
  map.on('sourcedata', onSource);
  map.once('idle', () => {
    map.off('sourcedata', onSource);
    useAtlas.setState({ mapReady: true, mapProgress: 1 });
  });
}

/** The only component that talks to the MapLibre instance. */
/** `onNoWebGL`: the map could not get a WebGL 2 context (App then shows why, instead of the map). */
export default function MapView({ onNoWebGL }: { onNoWebGL?: () => void } = {}) {
  const lang = useAtlas((s) => s.lang);
  const basemap = useAtlas((s) => s.basemap);
  const visible = useAtlas((s) => s.visibleLayers);
  const select = useAtlas((s) => s.select);
  const mapStyle = useBasemapStyle();
  const [hover, setHover] = useState<Hover | null>(null);
  const [ready, setReady] = useState(false);
  const mapRef = useRef<MapRef>(null);
  // The map's code has arrived: the bar's first step.
  useEffect(() => {
    if (!useAtlas.getState().mapReady) useAtlas.setState((s) => ({ mapProgress: Math.max(s.mapProgress, CREATED) }));
  }, []);
  useCameraRequests(mapRef, ready);
  useFoldedAttribution(mapRef, ready, `${basemap}-${lang}`);
  const ownLayers = useAtlas((s) => s.ownLayers);
  const hiddenOwnLayers = useAtlas((s) => s.hiddenOwnLayers);
  const interactive = useMemo(
    () => [
      ...ownLayers.filter((l) => !hiddenOwnLayers.includes(l.id)).flatMap((l) => ownInteractiveLayerIds(l.id)),
      ...interactiveLayerIds(POINT_LAYER_IDS.filter((l) => visible.includes(l))),
    ],
    [visible, ownLayers, hiddenOwnLayers],
  );
  const selectOwn = useAtlas((s) => s.selectOwn);

  const onError = useCallback(
    (e: MapErrorEvent) => {
      // No WebGL 2 here (none at all, or WebGL 1 only): the map could not be created.
      if ((e.error as { name?: string } | undefined)?.name === 'GPUInitializationError') {
        onNoWebGL?.();
        return;
      }
      // Tiles of the online basemap failing mid-session (the venue Wi-Fi dropped): fall back.
      if (basemap === 'online') fallBackToEmbedded();
      else if ((e as MapErrorEvent & { sourceId?: string }).sourceId?.startsWith('basemap-')) {
        const { addNotice, lang: l } = useAtlas.getState();
        addNotice('error', t('basemap.failed', l));
      }
      console.warn('map error', e.error?.message);
    },
    [basemap, onNoWebGL],
  );

  const setView = useAtlas((s) => s.setView);
  const onMoveEnd = useCallback(
    (e: MapEvent) => {
      const m = e.target;
      const c = m.getCenter();
      fillStopsWhenClose(m, import.meta.env.BASE_URL);
      setView({ center: [c.lng, c.lat], zoom: m.getZoom(), bearing: m.getBearing(), pitch: m.getPitch() });
    },
    [setView],
  );
  // On the first styledata, not on `load`: `load` waits for every source, and a basemap file
  // that fails to load must not keep the atlas's own layers off the map.
  const onStyleData = useCallback(
    (e: MapEvent) => {
      if (ready) return;
      window.atlasMap = e.target;
      provideIcons(e.target);
      showLoadProgress(e.target);
      onMoveEnd(e);
      setReady(true);
    },
    [ready, onMoveEnd],
  );

  const onMouseMove = useCallback(
    (e: MapLayerMouseEvent) => {
      const name = hoverText(e.features?.[0], ownLayers, lang);
      setHover(name ? { x: e.point.x, y: e.point.y, name } : null);
    },
    [lang, ownLayers],
  );

  const placing = useAtlas((s) => s.placing);
  const addSite = useAtlas((s) => s.addSite);
  const setPlacing = useAtlas((s) => s.setPlacing);

  // Keyboard placement: arrow keys pan (MapLibre's own handler), Enter drops at the crosshair.
  const onKeyDown = useCallback(
    (e: React.KeyboardEvent) => {
      if (!placing) return;
      const map = mapRef.current;
      if (e.key === 'Enter' && map) {
        const c = map.getCenter();
        addSite([c.lng, c.lat]);
      } else if (e.key === 'Escape') setPlacing(false);
    },
    [placing, addSite, setPlacing],
  );

  const onClick = useCallback(
    (e: MapLayerMouseEvent) => {
      if (placing) {
        addSite([e.lngLat.lng, e.lngLat.lat]);
        return;
      }
      // Points sit on top of zones: prefer a point when both are under the cursor.
      const features = e.features ?? [];
      const f = features.find((x) => x.layer.id !== 'zones-fill') ?? features[0];
      const own = f ? ownLayerOf(f.layer.id) : null;
      if (f && own && f.properties && 'cluster_id' in f.properties) {
        // A cluster of an own layer: zoom to where it breaks apart, as map users expect.
        void zoomIntoCluster(
          e.target,
          f.layer.source,
          Number(f.properties.cluster_id),
          (f.geometry as GeoJSON.Point).coordinates as [number, number],
        );
        return;
      }
      if (f && own) {
        const layer = ownLayers.find((l) => l.id === own);
        const reported = (f.properties ?? {}) as Record<string, unknown>;
        selectOwn({ layerId: own, properties: layer ? ownMapProperties(layer, reported) : reported });
        return;
      }
      const id = (f?.properties as { id?: string } | undefined)?.id;
      select(id ?? null);
    },
    [select, placing, addSite, selectOwn, ownLayers],
  );

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: keys pressed on the focused map canvas bubble here (Esc cancels placing); the canvas itself is the focusable element.
    <div className="map-frame" onKeyDown={onKeyDown}>
      <MapGL
        ref={mapRef}
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
        cursor={placing ? 'crosshair' : hover ? 'pointer' : 'grab'}
        onError={onError}
        onStyleData={onStyleData}
        onMoveEnd={onMoveEnd}
        onMouseMove={onMouseMove}
        onMouseLeave={() => setHover(null)}
        onMoveStart={() => setHover(null)}
        onClick={onClick}
      >
        {ready && <OwnLayersOnMap />}
        {ready && <AtlasLayers />}
        {ready && <SiteLayers />}
        {ready && <PlaceCallout />}
        <NavigationControl position="top-right" visualizePitch />
        <FullscreenControl position="top-right" />
        <ScaleControl position="bottom-right" unit="metric" />
        {/* Keyed so a new language or basemap gets a fresh control: it reads its text once.
          Compact (an ⓘ that opens the credits) only on narrow screens, as MapLibre decides. */}
        <AttributionControl
          key={`${basemap}-${lang}`}
          position="bottom-right"
          customAttribution={basemap === 'embedded' ? embeddedAttribution(lang) : undefined}
        />
        <MapTools />
        <CoarseHint />
        {hover && (
          <div className="map-tooltip" style={{ left: hover.x + 12, top: hover.y + 12 }} role="tooltip">
            {hover.name}
          </div>
        )}
      </MapGL>
      {placing && (
        <svg className="crosshair" viewBox="0 0 36 36" aria-hidden="true">
          <circle cx="18" cy="18" r="9" fill="none" stroke="#1d232b" strokeWidth="2" />
          <path d="M18 0v12M18 24v12M0 18h12M24 18h12" stroke="#1d232b" strokeWidth="2" />
        </svg>
      )}
    </div>
  );
}
