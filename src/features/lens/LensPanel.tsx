import { useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { POLICY_POINTS, type PolicyPoint } from '../../data/layers';
import { POLICY_POINTS_TEXT } from '../../data/policy-points';
import { featureIndex, type IndexedFeature } from '../../store/selectors';
import { pick, t } from '../../i18n/i18n';
import LayerSymbol from '../../ui/LayerSymbol';

/** Features whose policyPoints cite the point, in layer order. */
export function supportingFeatures(index: Map<string, IndexedFeature>, point: PolicyPoint): IndexedFeature[] {
  return [...index.values()].filter((x) => x.feature.properties.policyPoints.includes(point));
}

export default function LensPanel() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const lens = useAtlas((s) => s.lens);
  const applyLens = useAtlas((s) => s.applyLens);
  const setLens = useAtlas((s) => s.setLens);
  const select = useAtlas((s) => s.select);
  const lenses = useAtlas((s) => s.lenses);
  const supporting = useMemo(() => (data && lens ? supportingFeatures(featureIndex(data), lens) : []), [data, lens]);

  return (
    <div className="lens" data-testid="lens">
      <p className="muted">{t('lens.hint', lang)}</p>
      <ol className="lens-list">
        {POLICY_POINTS.map((p) => (
          <li key={p}>
            <button
              type="button"
              className="lens-button"
              aria-pressed={lens === p}
              onClick={() => (lens === p ? setLens(null) : applyLens(p, lenses[p]))}
              data-lens={p}
            >
              <strong>{p}</strong> <span>{POLICY_POINTS_TEXT[p][lang]}</span>
            </button>
          </li>
        ))}
      </ol>
      {lens && (
        <div className="lens-result" aria-live="polite">
          <h3>{t('lens.supporting', lang, { n: supporting.length, p: lens })}</h3>
          {supporting.length === 0 && <p className="muted">{t('lens.nolayer', lang)}</p>}
          <ul className="feature-list">
            {supporting.map(({ layer, feature }) => (
              <li key={feature.properties.id}>
                <button type="button" className="link-button" onClick={() => select(feature.properties.id)}>
                  <LayerSymbol layer={layer} size={14} /> {pick(lang, feature.properties.name, feature.properties.name_en)}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
