import { useEffect, useMemo } from 'react';
import bbox from '@turf/bbox';
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

export default function PolicyPanel() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const lens = useAtlas((s) => s.lens);
  const applyLens = useAtlas((s) => s.applyLens);
  const setLens = useAtlas((s) => s.setLens);
  const select = useAtlas((s) => s.select);
  const lenses = useAtlas((s) => s.lenses);
  const supporting = useMemo(() => (data && lens ? supportingFeatures(featureIndex(data), lens) : []), [data, lens]);
  const presenting = useAtlas((s) => s.presenting);
  // The chosen point's places are ringed and named on the map (as a slide's are).
  useEffect(() => {
    if (presenting) return;
    useAtlas.setState({ highlight: supporting.filter((x) => x.layer !== 'zones').map((x) => x.feature.properties.id) });
    return () => useAtlas.setState({ highlight: [] });
  }, [supporting, presenting]);

  const choose = (p: PolicyPoint) => {
    if (lens === p) return setLens(null);
    applyLens(p, lenses[p]);
    // Frame the places behind the point, so the list and the map show the same thing.
    const places = data ? supportingFeatures(featureIndex(data), p) : [];
    if (places.length) {
      const [w, so, e, n] = bbox({ type: 'FeatureCollection', features: places.map((x) => x.feature) });
      useAtlas.getState().requestCamera({ kind: 'fit', bounds: [w, so, e, n] });
    }
  };

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
              onClick={() => choose(p)}
              data-lens={p}
            >
              <strong>{p}</strong> <span>{POLICY_POINTS_TEXT[p][lang]}</span>
            </button>
            {lens === p && lensResult()}
          </li>
        ))}
      </ol>
    </div>
  );

  /** The places behind the chosen point, right under it (not at the end of a long list). */
  function lensResult() {
    return (
      <div className="lens-result" aria-live="polite" data-testid="lens-result">
        <h3>{t('lens.supporting', lang, { n: supporting.length, p: lens ?? '' })}</h3>
        {supporting.length === 0 && <p className="muted">{t('lens.nolayer', lang)}</p>}
        <ul className="feature-list">
          {supporting.map(({ layer, feature }) => (
            <li key={feature.properties.id}>
              <button type="button" className="link-button" onClick={() => select(feature.properties.id)}>
                <LayerSymbol layer={layer} size={14} />{' '}
                {pick(lang, feature.properties.name, feature.properties.name_en)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  }
}
