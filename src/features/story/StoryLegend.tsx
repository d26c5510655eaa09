import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';
import LayerSymbol from '../../ui/LayerSymbol';

/**
 * A compact key while presenting: only the layers the scene shows, so an audience can read
 * the symbols without the side panel (which a presentation hides).
 */
export default function StoryLegend() {
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers);
  const zones = useAtlas((s) => s.zones);
  const within = useAtlas((s) => s.within);
  if (visible.length === 0) return null;
  return (
    <aside className="story-legend" aria-label={t('story.legend', lang)} data-testid="story-legend">
      <ul>
        {visible.map((layer) => (
          <li key={layer}>
            <LayerSymbol layer={layer} size={16} />
            <span>{layerName(layer, lang)}</span>
          </li>
        ))}
      </ul>
      {zones.length > 0 && within > 0 && <p className="story-legend-within">{t('story.legendWithin', lang, { km: (within / 1000).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB') })}</p>}
    </aside>
  );
}
