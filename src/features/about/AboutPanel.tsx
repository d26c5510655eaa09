import { useAtlas } from '../../store/store';
import { LAYER_IDS, type LayerId } from '../../data/layers';
import type { AtlasData } from '../../data/validate';
import { t, pick } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import { POLICY_DOCUMENT } from '../../data/policy-points';
import CoverageNote from '../../ui/CoverageNote';

interface LayerSummary {
  layer: LayerId;
  count: number;
  sources: number;
  oldest: string;
  newest: string;
}

/** Per layer: how many places, from how many distinct sources, checked between which dates. */
export function summariseLayers(data: AtlasData): LayerSummary[] {
  return LAYER_IDS.map((layer) => {
    const features: { properties: { source: string; checked: string } }[] =
      layer === 'zones' ? data.zones.features : data.layers[layer].features;
    const dates = features.map((f) => f.properties.checked).sort();
    return {
      layer,
      count: features.length,
      sources: new Set(features.map((f) => f.properties.source)).size,
      oldest: dates[0] ?? '–',
      newest: dates[dates.length - 1] ?? '–',
    };
  });
}

export default function AboutPanel() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const offline = useAtlas((s) => s.offlineStatus);
  const bytes = useAtlas((s) => s.offlineBytes);
  const mb =
    bytes === null
      ? '?'
      : (bytes / 1e6).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
  const offlineText = t(`offline.status.${offline}`, lang, { mb });
  return (
    <details className="about" data-testid="about">
      <summary>{t('about.title', lang)}</summary>
      <p>{t('about.intro', lang)}</p>
      <CoverageNote />
      {data && (
        <table className="about-table">
          <thead>
            <tr>
              <th scope="col">{t('about.layer', lang)}</th>
              <th scope="col">{t('about.features', lang)}</th>
              <th scope="col">{t('about.sources', lang)}</th>
              <th scope="col">{t('about.checked', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {summariseLayers(data).map((s) => (
              <tr key={s.layer}>
                <th scope="row">{layerName(s.layer, lang)}</th>
                <td>{s.count}</td>
                <td>{s.sources}</td>
                <td>{s.oldest === s.newest ? s.newest : `${s.oldest} – ${s.newest}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h4>{t('about.policy', lang)}</h4>
      <p>
        {POLICY_DOCUMENT.issuer}, {pick(lang, POLICY_DOCUMENT.title_sv, POLICY_DOCUMENT.title_en)},{' '}
        {POLICY_DOCUMENT.date}, {POLICY_DOCUMENT.reference}.
      </p>
      <h4>{t('about.offline', lang)}</h4>
      <p data-testid="offline-status">{offlineText}</p>
      <h4>{t('about.licences', lang)}</h4>
      <ul>
        <li>{t('about.licence.data', lang)}</li>
        <li>{t('about.licence.basemap', lang)}</li>
        <li>{t('about.licence.online', lang)}</li>
      </ul>
    </details>
  );
}
