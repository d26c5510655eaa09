import { useAtlas } from '../../store/store';
import { selectSelected } from '../../store/selectors';
import { pick, t } from '../../i18n/i18n';
import { layerName } from '../../i18n/labels';

/** Screen readers hear what was selected on the map (a click on a canvas says nothing by itself). */
export default function SelectionAnnouncer() {
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas(selectSelected);
  const text = selected
    ? t('announce.selected', lang, {
        name: pick(lang, selected.feature.properties.name, selected.feature.properties.name_en),
        layer: layerName(selected.layer, lang),
      })
    : '';
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-testid="announcer">
      {text}
    </div>
  );
}
