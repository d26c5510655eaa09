import { useAtlas } from '../../store/store';
import { selectFilterResults, selectOwnResults } from '../../store/selectors';
import { POINT_LAYER_IDS } from '../../data/layers';
import { t, formatKm } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';
import CoverageNote from '../../ui/CoverageNote';

/** Live counts per layer: inside the chosen zones / within the distance / total after filters. */
export default function CountsTable() {
  const lang = useAtlas((s) => s.lang);
  const results = useAtlas(selectFilterResults);
  const within = useAtlas((s) => s.within);
  const zones = useAtlas((s) => s.zones);
  const ownLayers = useAtlas((s) => s.ownLayers);
  const ownResults = useAtlas(selectOwnResults);
  if (!results) return null;
  return (
    <>
      {zones.length === 0 && <p className="muted">{t('counts.nozone', lang)}</p>}
      <table className="counts" data-testid="counts" aria-live="polite">
        <caption className="visually-hidden">{t('counts.title', lang)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.layer', lang)}</th>
            <th scope="col">{t('counts.inside', lang)}</th>
            <th scope="col">{t('counts.within', lang, { km: formatKm(within, lang) })}</th>
            <th scope="col">{t('counts.total', lang)}</th>
          </tr>
        </thead>
        <tbody>
          {POINT_LAYER_IDS.map((layer) => {
            const c = results[layer].counts;
            return (
              <tr key={layer} data-layer={layer}>
                <th scope="row">
                  <LayerSymbol layer={layer} size={14} /> {layerName(layer, lang)}
                </th>
                <td data-count="inside">{c.inside}</td>
                <td data-count="within">{c.within}</td>
                <td data-count="total">{c.total}</td>
              </tr>
            );
          })}
          {ownLayers.map((layer) => {
            const c = ownResults[layer.id]?.counts;
            return (
              <tr key={layer.id} data-layer={layer.id} className="user-row">
                <th scope="row">
                  <span className="swatch" style={{ background: layer.colour }} aria-hidden="true" /> {layer.name}
                </th>
                <td data-count="inside">{c ? c.inside : '…'}</td>
                <td data-count="within">{c ? c.within : '…'}</td>
                <td data-count="total">{c ? c.total : layer.features.length}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <CoverageNote zones={zones} />
    </>
  );
}
