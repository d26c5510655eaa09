import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import type { Notice } from '../store/ui-slice';

/** A notice lists this many of its items; the rest are counted ("and 12 more"). */
export const SHOWN_ITEMS = 5;

function Items({ notice }: { notice: Notice }) {
  const lang = useAtlas((s) => s.lang);
  const items = notice.items ?? [];
  const more = (notice.itemTotal ?? items.length) - Math.min(items.length, SHOWN_ITEMS);
  return (
    <>
      <ul className="notice-items">
        {items.slice(0, SHOWN_ITEMS).map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list per notice; items may repeat word for word.
          <li key={i}>{item}</li>
        ))}
      </ul>
      {more > 0 && <p className="notice-more">{t('notice.more', lang, { n: more })}</p>}
    </>
  );
}

/** Non-blocking messages (a dropped link value, a basemap fallback). Read out politely. */
export default function Notices() {
  const notices = useAtlas((s) => s.notices);
  const dismiss = useAtlas((s) => s.dismissNotice);
  const dismissAll = useAtlas((s) => s.dismissAllNotices);
  const lang = useAtlas((s) => s.lang);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} data-testid="notice">
          <div>
            <span>{n.text}</span>
            {n.items && <Items notice={n} />}
          </div>
          <button type="button" onClick={() => dismiss(n.id)} aria-label={t('notice.dismiss', lang)}>
            ×
          </button>
        </div>
      ))}
      {notices.length > 1 && (
        <button
          type="button"
          className="button notice-dismiss-all"
          onClick={dismissAll}
          data-testid="notice-dismiss-all"
        >
          {t('notice.dismissAll', lang)}
        </button>
      )}
    </div>
  );
}
