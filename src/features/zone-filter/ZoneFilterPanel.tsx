import bbox from '@turf/bbox';
import { useAtlas } from '../../store/store';
import { t, pick, formatKm } from '../../i18n/i18n';
import { valueLabel } from '../../i18n/labels';
import { MAX_COMPARE } from '../../store/filter-slice';
import CountsTable from './CountsTable';
import { WITHIN_MAX_METRES, WITHIN_STEP_METRES } from '../../data/limits';

/** Choose zones and a distance; see what every layer has inside and within reach. */
export default function ZoneFilterPanel() {
  const lang = useAtlas((s) => s.lang);
  const zones = useAtlas((s) => s.data?.zones.features);
  const selected = useAtlas((s) => s.zones);
  const toggleZone = useAtlas((s) => s.toggleZone);
  const within = useAtlas((s) => s.within);
  const setWithin = useAtlas((s) => s.setWithin);
  const outside = useAtlas((s) => s.outside);
  const setOutside = useAtlas((s) => s.setOutside);
  const compare = useAtlas((s) => s.compare);
  const toggleCompare = useAtlas((s) => s.toggleCompare);
  const requestCamera = useAtlas((s) => s.requestCamera);
  if (!zones) return null;

  // Choosing a zone brings all chosen zones into view; clearing one leaves the camera alone.
  const chooseZone = (id: string) => {
    const adding = !selected.includes(id);
    toggleZone(id);
    if (!adding) return;
    const chosen = zones.filter((z) => z.properties.id === id || selected.includes(z.properties.id));
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: chosen });
    requestCamera({ kind: 'fit', bounds: [w, s, e, n] });
  };

  return (
    <div className="zone-filter" data-testid="zone-filter">
      <p className="muted">{t('zones.hint', lang)}</p>
      <fieldset className="zone-list">
        <legend className="visually-hidden">{t('zones.title', lang)}</legend>
        {zones.map((z) => {
          const p = z.properties;
          const name = pick(lang, p.name, p.name_en);
          return (
            <div key={p.id} className="zone-row">
              <label className="zone-choice">
                <input
                  type="checkbox"
                  checked={selected.includes(p.id)}
                  onChange={() => chooseZone(p.id)}
                  data-zone={p.id}
                />
                <span className={`zone-dot zone-${p.status}`} aria-hidden="true" />
                <span className="zone-name">
                  <span>{name}</span>
                  <span className="zone-status">{valueLabel(p.status, lang)}</span>
                </span>
              </label>
              <label className="compare-choice" title={t('compare.add', lang)}>
                <input
                  type="checkbox"
                  checked={compare.includes(p.id)}
                  onChange={() => toggleCompare(p.id)}
                  disabled={!compare.includes(p.id) && compare.length >= MAX_COMPARE}
                  data-compare={p.id}
                />
                <span className="visually-hidden">
                  {t('compare.add', lang)}: {name}
                </span>
                <span aria-hidden="true">{t('compare.short', lang)}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      <label className="within">
        <span>
          {within === 0 ? t('zones.within.inside', lang) : t('zones.within', lang, { km: formatKm(within, lang) })}
        </span>
        <input
          type="range"
          min={0}
          max={WITHIN_MAX_METRES}
          step={WITHIN_STEP_METRES}
          value={within}
          onChange={(e) => setWithin(Number(e.target.value))}
          aria-label={t('zones.within.label', lang)}
          aria-valuetext={`${formatKm(within, lang)} km`}
          data-testid="within"
        />
      </label>
      <div className="outside-mode" role="radiogroup" aria-label={t('zones.outside', lang)}>
        <span>{t('zones.outside', lang)}:</span>
        {(['dim', 'hide'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="outside"
              value={mode}
              checked={outside === mode}
              onChange={() => setOutside(mode)}
            />
            {t(mode === 'dim' ? 'zones.outside.dim' : 'zones.outside.hide', lang)}
          </label>
        ))}
      </div>
      {compare.length === 1 && <p className="muted small">{t('compare.hint', lang)}</p>}
      <CountsTable />
    </div>
  );
}
