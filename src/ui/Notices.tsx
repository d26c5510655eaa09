import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';

/** Non-blocking messages (a dropped link value, a basemap fallback). Read out politely. */
export default function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  const lang = useAtlas((s) => s.lang);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} data-testid="notice">
          <span>{n.text}</span>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss', lang)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
