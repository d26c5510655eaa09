import { useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { siteReport, type NearestPlace, type SiteReport } from '../../geo/site-report';
import { RINGS_METRES } from '../../geo/site-profile';
import { userSiteStats } from '../../geo/user-site-stats';
import { POINT_LAYER_IDS } from '../../data/layers';
import { formatDistance, formatKm, pick, t, type Lang } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';
import { SITE_NAMES } from '../../store/site-slice';

function Place({ p, lang, onChoose }: { p: NearestPlace; lang: Lang; onChoose: (id: string) => void }) {
  return (
    <span className="place">
      <button type="button" className="link-button" onClick={() => onChoose(p.id)}>
        {pick(lang, p.name, p.name_en)}
      </button>
      <span className="muted small">{t('site.distance', lang, { m: formatDistance(p.metres, lang), min: p.minutes })}</span>
    </span>
  );
}

function Profile({ report, lang }: { report: SiteReport; lang: Lang }) {
  const select = useAtlas((s) => s.select);
  const userLayers = useAtlas((s) => s.userLayers);
  const userStats = useMemo(() => userLayers.map((layer) => ({ layer, stats: userSiteStats(report.site, layer) })), [userLayers, report.site]);
  return (
    <div className="site-profile" data-testid="site-profile">
      <p className="site-zone">
        {report.zonesInside.length
          ? t('site.zone.inside', lang, { zone: report.zonesInside.map((z) => pick(lang, z.name, z.name_en)).join(', ') })
          : report.nearestZone &&
            t('site.zone.nearest', lang, {
              zone: pick(lang, report.nearestZone.zone.name, report.nearestZone.zone.name_en),
              km: formatKm(report.nearestZone.metres, lang),
            })}
      </p>
      <h3>{t('site.nearest', lang)}</h3>
      <ul className="nearest-list">
        {POINT_LAYER_IDS.map((layer) => {
          const p = report.nearest[layer];
          return (
            <li key={layer} data-layer={layer}>
              <LayerSymbol layer={layer} size={14} /> <span className="visually-hidden">{layerName(layer, lang)}: </span>
              {p ? <Place p={p} lang={lang} onChoose={select} /> : t('site.none', lang)}
            </li>
          );
        })}
        {userStats.map(({ layer, stats }) => (
          <li key={layer.id} data-layer={layer.id}>
            <span className="swatch" style={{ background: layer.colour }} aria-hidden="true" />
            <span className="place">
              <span>
                <span className="visually-hidden">{layer.name}: </span>
                {stats.nearestName ?? t('site.none', lang)}
              </span>
              {stats.nearestMetres !== null && <span className="muted small">{formatDistance(stats.nearestMetres, lang)} · {layer.name}</span>}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('site.walk', lang)}</p>
      <h3>{t('site.rings', lang)}</h3>
      <table className="counts" data-testid="site-rings">
        <thead>
          <tr>
            <th scope="col">{t('counts.layer', lang)}</th>
            {RINGS_METRES.map((r) => (
              <th scope="col" key={r}>
                {formatDistance(r, lang)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {POINT_LAYER_IDS.map((layer) => (
            <tr key={layer} data-layer={layer}>
              <th scope="row">
                <LayerSymbol layer={layer} size={14} /> {layerName(layer, lang)}
              </th>
              {report.rings[layer].map((n, i) => (
                <td key={RINGS_METRES[i]}>{n}</td>
              ))}
            </tr>
          ))}
          {userStats.map(({ layer, stats }) => (
            <tr key={layer.id} data-layer={layer.id}>
              <th scope="row">
                <span className="swatch" style={{ background: layer.colour }} aria-hidden="true" /> {layer.name}
              </th>
              {stats.rings.map((n, i) => (
                <td key={RINGS_METRES[i]}>{n}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('site.stations', lang)}</h3>
      <ul className="nearest-list">
        {report.stations.map((p) => (
          <li key={p.id}>
            <LayerSymbol layer="transit" size={14} /> <Place p={p} lang={lang} onChoose={select} />
          </li>
        ))}
      </ul>
      <p>{t('site.housing', lang, { u1: report.housingUnits1km, u2: report.housingUnits2km })}</p>
      <h3>{t('site.universities', lang)}</h3>
      <ul className="nearest-list" data-testid="site-universities">
        {report.universities2km.length === 0 && <li>{t('site.none', lang)}</li>}
        {report.universities2km.map((p) => (
          <li key={p.id} data-id={p.id} data-metres={p.metres.toFixed(1)}>
            <LayerSymbol layer="universities" size={14} /> <Place p={p} lang={lang} onChoose={select} />
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Place up to three candidate sites and read what surrounds the active one. */
export default function SitePanel() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const sites = useAtlas((s) => s.sites);
  const active = useAtlas((s) => s.activeSite);
  const placing = useAtlas((s) => s.placing);
  const setPlacing = useAtlas((s) => s.setPlacing);
  const setActive = useAtlas((s) => s.setActiveSite);
  const removeSite = useAtlas((s) => s.removeSite);
  const requestCamera = useAtlas((s) => s.requestCamera);
  const report = useMemo(() => (data && sites[active] ? siteReport(data, sites[active]) : null), [data, sites, active]);

  const placeByKeyboard = () => {
    setPlacing(true);
    document.querySelector<HTMLElement>('.maplibregl-canvas')?.focus();
  };

  return (
    <div className="site-panel" data-testid="site-panel">
      <p className="muted">{t('site.hint', lang)}</p>
      <div className="button-row">
        <button type="button" className="button" aria-pressed={placing} onClick={() => setPlacing(!placing)} data-testid="place-click">
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
              <button type="button" className="icon-button" onClick={() => removeSite(i)} aria-label={t('site.remove', lang, { name: SITE_NAMES[i] })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {report && <Profile report={report} lang={lang} />}
    </div>
  );
}
