import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { EMBEDDED_DETAIL_LIMIT } from './theme';

/** Close in, the embedded shoreline is crude: say so, and where the detail is. */
export default function CoarseHint() {
  const lang = useAtlas((s) => s.lang);
  const show = useAtlas((s) => s.basemap === 'embedded' && !s.presenting && (s.view?.zoom ?? 0) > EMBEDDED_DETAIL_LIMIT);
  if (!show) return null;
  return (
    <p className="coarse-hint" data-testid="coarse-hint">
      {t('basemap.coarse', lang)}
    </p>
  );
}
