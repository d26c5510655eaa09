import { useEffect, useState } from 'react';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { mapWorkerReachable } from './map-lib';

/** How long a first draw may take (SwiftShader on a slow laptop takes ~5 s) before we look why. */
export const MAP_SLOW_MS = 15_000;

type Stall = 'none' | 'slow' | 'no-worker';

/**
 * From the first paint until the map has drawn: say so, instead of an empty area. If it has not
 * drawn after MAP_SLOW_MS, say why if we can tell (MapLibre's worker did not load: the map can
 * never draw, and MapLibre raises no error for it) or that it is slow, with a way to reload.
 */
export default function MapLoading({ webgl }: { webgl: boolean }) {
  const lang = useAtlas((s) => s.lang);
  const ready = useAtlas((s) => s.mapReady);
  const progress = useAtlas((s) => s.mapProgress);
  const [stall, setStall] = useState<Stall>('none');
  useEffect(() => {
    if (ready || !webgl) return;
    let live = true;
    const timer = window.setTimeout(async () => {
      const reachable = await mapWorkerReachable();
      if (live && !useAtlas.getState().mapReady) setStall(reachable ? 'slow' : 'no-worker');
    }, MAP_SLOW_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [ready, webgl]);
  if (ready || !webgl) return null;
  if (stall !== 'none')
    return (
      <div className="map-loading map-stalled" role="alert" data-testid="map-stalled" data-stall={stall}>
        <p>{t(stall === 'slow' ? 'map.slow' : 'map.noWorker', lang)}</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('map.reload', lang)}
        </button>
      </div>
    );
  return (
    // A bar that moves as parts of the map arrive, not a spinner: see load-progress.ts for why.
    <div className="map-loading" role="status" data-testid="map-loading">
      <span>{t('map.loading', lang)}</span>
      <progress className="map-progress" max={1} value={progress} aria-label={t('map.loading', lang)} />
    </div>
  );
}
