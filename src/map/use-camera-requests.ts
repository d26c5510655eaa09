import { useEffect, type RefObject } from 'react';
import type { MapRef } from 'react-map-gl/maplibre';
import { useAtlas } from '../store/store';
import type { CameraRequest } from '../store/ui-slice';

const NO_PADDING = { left: 0, top: 0, right: 0, bottom: 0 };

/**
 * Camera moves asked for by panels (fit the compared zones, fly to a search result, a story
 * scene). `ready` re-runs a request made before the map existed (a story link).
 */
export function useCameraRequests(mapRef: RefObject<MapRef | null>, ready: boolean): void {
  const camera = useAtlas((s) => s.camera);
  const presenting = useAtlas((s) => s.presenting);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `ready` re-runs a request made before the map existed.
  useEffect(() => {
    const map = mapRef.current;
    if (!camera || !map) return;
    // The move starts at the next frame, not in the click that asked for it: what the click
    // changed in the panel (a zone's tick, its counts) is painted first. Fitting the camera took
    // ~25 ms of the click (with the hash update and the view written to the store), measured at
    // 100k own points; a newer request before that frame replaces this one.
    const frame = requestAnimationFrame(() => move(map, camera));
    return () => cancelAnimationFrame(frame);
  }, [camera, ready, mapRef]);

  // The story's padding must not outlive the story: the hash and later moves use the full map.
  // When leaving the story flies back to the view before it, that flight already animates the
  // padding to none; setPadding would jump the camera and cancel the flight.
  useEffect(() => {
    const map = mapRef.current?.getMap();
    if (!presenting && map && !map.isMoving()) map.setPadding(NO_PADDING);
  }, [presenting, mapRef]);
}

/** Carries out one camera request, then clears it. */
function move(map: MapRef, camera: CameraRequest) {
  if (camera.kind === 'fit') {
    const [w, s, e, n] = camera.bounds;
    map.setPadding(NO_PADDING);
    const below = camera.above === 'comparison' ? Math.round(map.getContainer().clientHeight * 0.5) : 60;
    map.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: { top: 60, left: 60, right: 60, bottom: below }, duration: 800, maxZoom: 15 },
    );
  } else {
    // A scene's centre is what the audience should see: on a wide screen the caption card
    // covers the left, so the camera centres the scene in the space beside it.
    // On a phone the card sits at the bottom: the scene is centred in the space above it.
    const { clientWidth, clientHeight } = map.getContainer();
    const padding =
      camera.beside !== 'story-card'
        ? NO_PADDING
        : clientWidth > 900
          ? { left: 500, top: 0, right: 0, bottom: 60 }
          : { left: 0, top: 0, right: 0, bottom: Math.round(clientHeight * 0.45) };
    map.flyTo({
      center: camera.center,
      zoom: camera.zoom,
      bearing: camera.bearing ?? 0,
      pitch: camera.pitch ?? 0,
      padding,
      duration: 1600,
      essential: true,
    });
  }
  useAtlas.getState().requestCamera(null);
}
