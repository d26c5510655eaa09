import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { isAtlasProperty } from '../../data/own-layers';

/** A feature of a planner's own layer: its properties as they are in the file, as text. */
export default function OwnFeatureDetails() {
  const lang = useAtlas((s) => s.lang);
  const sel = useAtlas((s) => s.ownSelection);
  const layer = useAtlas((s) => s.ownLayers.find((l) => l.id === s.ownSelection?.layerId));
  const selectOwn = useAtlas((s) => s.selectOwn);
  if (!sel || !layer) return null;
  const entries = Object.entries(sel.properties).filter(([k]) => !isAtlasProperty(k));
  const title =
    layer.labelField && sel.properties[layer.labelField] != null
      ? String(sel.properties[layer.labelField])
      : layer.name;
  return (
    <article className="details" data-testid="own-details" aria-live="polite">
      <header className="details-head">
        <span className="swatch big" style={{ background: layer.colour }} aria-hidden="true" />
        <div>
          <h3>{title}</h3>
          <p className="muted">
            {layer.name} · {layer.fileName}
          </p>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={() => selectOwn(null)}
          aria-label={t('details.close', lang)}
        >
          ×
        </button>
      </header>
      <dl className="details-list">
        {entries.map(([k, v]) => (
          <div key={k} className="details-row">
            <dt>{k}</dt>
            <dd>{v === null || v === undefined ? '–' : String(v)}</dd>
          </div>
        ))}
      </dl>
      <p className="muted small">{t('import.hint', lang)}</p>
    </article>
  );
}
