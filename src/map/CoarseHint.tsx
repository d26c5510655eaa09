import { useState } from 'react';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { EMBEDDED_DETAIL_LIMIT } from './theme';

const SEEN = 'atlas.coarseHintDismissed';
const wasDismissed = () => {
  try {
    return sessionStorage.getItem(SEEN) === '1';
  } catch {
    return false; // storage refused (private mode): the hint simply shows again next time
  }
};

/** At street zoom, once: the embedded map has no streets, and where they are. Dismissible. */
export default function CoarseHint() {
  const lang = useAtlas((s) => s.lang);
  const [dismissed, setDismissed] = useState(wasDismissed);
  const show = useAtlas(
    (s) => s.basemap === 'embedded' && !s.presenting && (s.view?.zoom ?? 0) > EMBEDDED_DETAIL_LIMIT,
  );
  if (!show || dismissed) return null;
  const dismiss = () => {
    setDismissed(true);
    try {
      sessionStorage.setItem(SEEN, '1');
    } catch {
      /* kept for this page only */
    }
  };
  return (
    <p className="coarse-hint" data-testid="coarse-hint">
      {t('basemap.coarse', lang)}{' '}
      <button type="button" className="icon-button" onClick={dismiss} aria-label={t('notice.dismiss', lang)}>
        ×
      </button>
    </p>
  );
}
