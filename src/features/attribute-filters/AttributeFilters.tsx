import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/strings';
import { valueLabel } from '../../i18n/labels';
import { INCUBATOR_KINDS, ROLES, SEGMENTS, STAGES, THEMES } from '../../data/layers';
import type { AttributeFilters as Attrs } from '../../store/filter-slice';

/** The values each filter offers: the data's vocabularies (src/data/layers.ts). */
export const FILTER_OPTIONS: { key: keyof Attrs; title: StringKey; values: readonly string[] }[] = [
  { key: 'theme', title: 'filters.theme', values: THEMES },
  { key: 'segment', title: 'filters.segment', values: SEGMENTS },
  { key: 'role', title: 'filters.role', values: ROLES },
  { key: 'stage', title: 'filters.stage', values: STAGES },
  { key: 'kind', title: 'filters.kind', values: INCUBATOR_KINDS },
];

export default function AttributeFilters() {
  const lang = useAtlas((s) => s.lang);
  const attributes = useAtlas((s) => s.attributes);
  const toggle = useAtlas((s) => s.toggleAttribute);
  const reset = useAtlas((s) => s.resetFilters);
  return (
    <div className="attribute-filters" data-testid="attribute-filters">
      {FILTER_OPTIONS.map(({ key, title, values }) => (
        <fieldset key={key} className="chips">
          <legend>{t(title, lang)}</legend>
          {values.map((value) => (
            <label key={value} className="chip">
              <input
                type="checkbox"
                checked={(attributes[key] as string[]).includes(value)}
                onChange={() => toggle(key, value as never)}
                data-filter={`${key}:${value}`}
              />
              <span>{valueLabel(value, lang)}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <button type="button" className="button" onClick={reset} data-testid="reset-filters">
        {t('filters.reset', lang)}
      </button>
    </div>
  );
}
