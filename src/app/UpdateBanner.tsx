import { useState } from 'react';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { updateNow } from './pwa';

/**
 * A new version is offered, never forced: the page reloads only on the user's word, and the
 * offer waits while a story is being presented.
 */
export default function UpdateBanner() {
  const lang = useAtlas((s) => s.lang);
  const waiting = useAtlas((s) => s.updateWaiting);
  const presenting = useAtlas((s) => s.presenting);
  const [later, setLater] = useState(false);
  if (!waiting || presenting || later) return null;
  return (
    <div className="update-banner" role="status" data-testid="update-banner">
      <span>{t('offline.update', lang)}</span>
      <button type="button" className="button primary" onClick={updateNow} data-testid="update-now">
        {t('offline.updateNow', lang)}
      </button>
      <button type="button" className="button" onClick={() => setLater(true)}>
        {t('offline.later', lang)}
      </button>
    </div>
  );
}
