import { useEffect } from 'react';
import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { MAX_SITES, SITE_NAMES } from '../../store/site-slice';

/**
 * While the map waits for a click, say so on the map itself (the panel may be closed on a
 * phone) and how to stop: Esc anywhere, or the button.
 */
export default function PlacingBanner() {
  const lang = useAtlas((s) => s.lang);
  const placing = useAtlas((s) => s.placing);
  const sites = useAtlas((s) => s.sites.length);
  const setPlacing = useAtlas((s) => s.setPlacing);
  useEffect(() => {
    if (!placing) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setPlacing(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [placing, setPlacing]);
  if (!placing) return null;
  const name = SITE_NAMES[Math.min(sites, MAX_SITES - 1)];
  return (
    <div className="placing-banner" role="status" data-testid="placing-banner">
      <span>{t(sites >= MAX_SITES ? 'site.placingReplace' : 'site.placing', lang, { name })}</span>
      <button type="button" className="button" onClick={() => setPlacing(false)}>
        {t('site.cancel', lang)}
      </button>
    </div>
  );
}
