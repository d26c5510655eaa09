import { useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { useSiteNetwork } from '../../store/use-site-network';
import { siteReport } from '../../geo/site-report';
import SiteProfile from './SiteProfile';
import { t } from '../../i18n/i18n';
import { SITE_NAMES } from '../../store/site-slice';

/** Place up to three candidate sites and read what surrounds the active one. */
export default function SitePanel() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const network = useSiteNetwork();
  const sites = useAtlas((s) => s.sites);
  const active = useAtlas((s) => s.activeSite);
  const placing = useAtlas((s) => s.placing);
  const setPlacing = useAtlas((s) => s.setPlacing);
  const setActive = useAtlas((s) => s.setActiveSite);
  const removeSite = useAtlas((s) => s.removeSite);
  const requestCamera = useAtlas((s) => s.requestCamera);
  const report = useMemo(
    () => (data && sites[active] ? siteReport(data, sites[active], network) : null),
    [data, sites, active, network],
  );

  const placeByKeyboard = () => {
    setPlacing(true);
    document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
  };

  return (
    <div className="site-panel" data-testid="site-panel">
      <p className="muted">{t('site.hint', lang)}</p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          aria-pressed={placing}
          onClick={() => setPlacing(!placing)}
          data-testid="place-click"
        >
          {t(placing ? 'site.clicking' : 'site.click', lang)}
        </button>
        <button type="button" className="button" onClick={placeByKeyboard} data-testid="place-keyboard">
          {t('site.keyboard', lang)}
        </button>
      </div>
      {placing && <p className="muted small">{t('site.keyboard.help', lang)}</p>}
      {sites.length > 0 && (
        <ul className="site-list">
          {sites.map((s, i) => (
            <li key={`${s[0]},${s[1]}`} className={i === active ? 'active' : undefined}>
              <button
                type="button"
                className="site-chip"
                aria-pressed={i === active}
                onClick={() => {
                  setActive(i);
                  requestCamera({ kind: 'fly', center: s, zoom: 13.5 });
                }}
                aria-label={t('site.show', lang, { name: SITE_NAMES[i] })}
              >
                {SITE_NAMES[i]}
              </button>
              <span className="muted">
                {s[1].toFixed(4)}, {s[0].toFixed(4)}
              </span>
              <button
                type="button"
                className="icon-button"
                onClick={() => removeSite(i)}
                aria-label={t('site.remove', lang, { name: SITE_NAMES[i] })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {report && <SiteProfile report={report} lang={lang} />}
    </div>
  );
}
