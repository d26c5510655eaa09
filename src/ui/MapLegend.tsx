import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { layerName } from '../i18n/labels';
import LayerSymbol from './LayerSymbol';

/**
 * A compact key on the map: only the layers shown, so a reader can tell the symbols apart
 * where the side panel is hidden (presenting, or embedded in another page).
 */
export default function MapLegend({ testId = 'map-legend' }: { testId?: string }) {
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers);
  const zones = useAtlas((s) => s.zones);
  const within = useAtlas((s) => s.within);
  if (visible.length === 0) return null;
  return (
    <aside className="map-legend" aria-label={t('story.legend', lang)} data-testid={testId}>
      <ul>
        {visible.map((layer) => (
          <li key={layer}>
            <LayerSymbol layer={layer} size={16} />
            <span>{layerName(layer, lang)}</span>
          </li>
        ))}
      </ul>
      {zones.length > 0 && within > 0 && (
        <p className="map-legend-within">
          {t('story.legendWithin', lang, { km: (within / 1000).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') })}
        </p>
      )}
    </aside>
  );
}
