import { useAtlas } from '../../store/store';
import { LAYER_IDS } from '../../data/layers';
import { layerCount } from '../../store/selectors';
import { t } from '../../i18n/i18n';
import { layerName, valueLabel } from '../../i18n/labels';
import LayerSymbol, { ZoneSwatch } from '../../ui/LayerSymbol';

/** The legend, which is also the layer switch: one checkbox per layer with its symbol and count. */
export default function LayerPanel() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const visible = useAtlas((s) => s.visibleLayers);
  const toggle = useAtlas((s) => s.toggleLayer);

  return (
    <ul className="legend" data-testid="legend">
      {LAYER_IDS.map((id) => (
        <li key={id}>
          <label className="legend-item">
            <input type="checkbox" checked={visible.includes(id)} onChange={() => toggle(id)} data-layer={id} />
            <LayerSymbol layer={id} />
            <span className="legend-name">{layerName(id, lang)}</span>
            {data && (
              <span className="legend-count">
                <span aria-hidden="true">{layerCount(data, id)}</span>
                <span className="visually-hidden">{t('legend.count', lang, { n: layerCount(data, id) })}</span>
              </span>
            )}
          </label>
          {id === 'zones' && (
            <ul className="legend-sub">
              {(['proposed', 'candidate'] as const).map((status) => (
                <li key={status}>
                  <ZoneSwatch status={status} /> {valueLabel(status, lang)}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
