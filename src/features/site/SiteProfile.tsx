import { useMemo } from 'react';
import { useAtlas } from '../../store/store';
import type { NearestPlace, SiteReport } from '../../geo/site-report';
import { RINGS_METRES } from '../../geo/site-profile';
import { ownSiteStats } from '../../geo/own-site-stats';
import { POINT_LAYER_IDS, POINT_LAYERS } from '../../data/layers';
import { formatDistance, formatKm, pick, t, type Lang } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';
import CoverageNote from '../../ui/CoverageNote';

function Place({ p, lang, onChoose }: { p: NearestPlace; lang: Lang; onChoose?: (id: string) => void }) {
  return (
    <span className="place">
      {onChoose ? (
        <button type="button" className="link-button" onClick={() => onChoose(p.id)}>
          {pick(lang, p.name, p.name_en)}
        </button>
      ) : (
        <span>{pick(lang, p.name, p.name_en)}</span>
      )}
      <span className="muted small">
        {p.minutes === null
          ? t('site.distance.far', lang, { m: formatDistance(p.metres, lang) })
          : t('site.distance', lang, { m: formatDistance(p.metres, lang), min: p.minutes })}
        {p.lines ? ` · ${p.lines}` : ''}
        {p.opens ? ` · ${t('site.planned.opens', lang, { year: p.opens })}` : ''}
      </span>
    </span>
  );
}

/** Atlas features have layer-prefixed ids; stations and stops from the network do not. */
const isAtlasId = (id: string) => POINT_LAYERS.some((l) => id.startsWith(l.prefix));

/** Stations near a site; only the atlas's own stations open details. */
function StationList({
  places,
  testId,
  lang,
  onChoose,
}: {
  places: NearestPlace[];
  testId: string;
  lang: Lang;
  onChoose: (id: string) => void;
}) {
  return (
    <ul className="nearest-list" data-testid={testId}>
      {places.map((p) => (
        <li key={p.id} data-id={p.id}>
          <LayerSymbol layer="transit" size={14} />{' '}
          <Place p={p} lang={lang} onChoose={isAtlasId(p.id) ? onChoose : undefined} />
        </li>
      ))}
    </ul>
  );
}

/** What surrounds one site: nearest per layer, counts in rings, zone, stations, housing, campuses. */
export default function SiteProfile({ report, lang }: { report: SiteReport; lang: Lang }) {
  const select = useAtlas((s) => s.select);
  const networkStatus = useAtlas((s) => s.networkStatus);
  const ownLayers = useAtlas((s) => s.ownLayers);
  const ownStats = useMemo(
    () => ownLayers.map((layer) => ({ layer, stats: ownSiteStats(report.site, layer) })),
    [ownLayers, report.site],
  );
  return (
    <div className="site-profile" data-testid="site-profile">
      <p className="site-zone">
        {report.zonesInside.length
          ? t('site.zone.inside', lang, {
              zone: report.zonesInside.map((z) => pick(lang, z.name, z.name_en)).join(', '),
            })
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
              <LayerSymbol layer={layer} size={14} />{' '}
              <span className="visually-hidden">{layerName(layer, lang)}: </span>
              {p ? <Place p={p} lang={lang} onChoose={select} /> : t('site.none', lang)}
            </li>
          );
        })}
        {ownStats.map(({ layer, stats }) => (
          <li key={layer.id} data-layer={layer.id}>
            <span className="swatch" style={{ background: layer.colour }} aria-hidden="true" />
            <span className="place">
              <span>
                <span className="visually-hidden">{layer.name}: </span>
                {stats.nearestName ?? t('site.none', lang)}
              </span>
              {stats.nearestMetres !== null && (
                <span className="muted small">
                  {formatDistance(stats.nearestMetres, lang)} · {layer.name}
                </span>
              )}
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('site.walk', lang)}</p>
      <CoverageNote />
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
          {ownStats.map(({ layer, stats }) => (
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
      {/* Stations from the network are not atlas features (no details to open): plain names. */}
      <StationList places={report.stations} testId="site-stations" lang={lang} onChoose={select} />
      <h3>{t('site.stop', lang)}</h3>
      <p data-testid="site-stop">
        {report.stop ? (
          <Place p={report.stop} lang={lang} />
        ) : networkStatus === 'loading' ? (
          t('site.network.loading', lang)
        ) : (
          t('site.none', lang)
        )}
      </p>
      {report.planned.length > 0 && (
        <>
          <h3>{t('site.planned', lang)}</h3>
          <StationList places={report.planned} testId="site-planned" lang={lang} onChoose={select} />
        </>
      )}
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
