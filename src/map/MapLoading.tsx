import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';

/** From the first paint until the map has drawn: say so, instead of an empty area. */
export default function MapLoading({ webgl }: { webgl: boolean }) {
  const lang = useAtlas((s) => s.lang);
  const ready = useAtlas((s) => s.mapReady);
  if (ready || !webgl) return null;
  return (
    <div className="map-loading" role="status" data-testid="map-loading">
      <span className="spinner" aria-hidden="true" />
      {t('map.loading', lang)}
    </div>
  );
}
