import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { deleteOwnLayer } from '../../data/own-layers';
import ImportReview from './ImportReview';

const describeError = (e: unknown) => (e instanceof Error ? e.message : String(e));
import FilePicker from '../../ui/FilePicker';
import { cancelImport, readImportFile } from './read-file';

/** Own layers: import, show or hide, remove. They stay in this browser. */
export default function OwnLayersPanel() {
  const lang = useAtlas((s) => s.lang);
  const layers = useAtlas((s) => s.ownLayers);
  const hidden = useAtlas((s) => s.hiddenOwnLayers);
  const toggle = useAtlas((s) => s.toggleOwnLayer);
  const remove = useAtlas((s) => s.removeOwnLayer);
  const pending = useAtlas((s) => s.pendingImport);
  const saves = useAtlas((s) => s.ownLayerSaves);
  const progress = useAtlas((s) => s.importProgress);

  return (
    <div className="own-layers" data-testid="own-layers">
      <p className="muted small">{t('import.hint', lang)}</p>
      {layers.length > 0 && (
        <ul className="legend">
          {layers.map((l) => (
            <li key={l.id} className="own-layer-row">
              <label className="legend-item">
                <input
                  type="checkbox"
                  checked={!hidden.includes(l.id)}
                  onChange={() => toggle(l.id)}
                  aria-label={t('import.toggle', lang, { name: l.name })}
                />
                <span className="swatch" style={{ background: l.colour }} aria-hidden="true" />
                <span className="legend-name">{l.name}</span>
                <span className="legend-count">{l.features.length}</span>
              </label>
              {/* Saved only when IndexedDB says so; until then, or if it never does, the row says it. */}
              {saves[l.id] === 'saving' && (
                <span className="muted small" data-testid="layer-saving">
                  {t('import.saving', lang)}
                </span>
              )}
              {saves[l.id] === 'failed' && (
                <span className="field-error small" data-testid="layer-not-saved">
                  {t('import.notSaved', lang)}
                </span>
              )}
              <button
                type="button"
                className="icon-button"
                onClick={() => {
                  remove(l.id);
                  // Gone from the map either way; if the browser keeps the saved copy, say it may return.
                  deleteOwnLayer(l.id).catch((e: unknown) => {
                    const { addNotice, lang: now } = useAtlas.getState();
                    addNotice('warning', t('import.deleteFailed', now, { name: l.name, reason: describeError(e) }));
                  });
                }}
                aria-label={t('import.remove', lang, { name: l.name })}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {progress ? (
        <div className="import-progress" data-testid="import-progress">
          <p className="small" id="import-progress-label">
            {t('import.reading', lang, { file: progress.fileName, pct: Math.floor(progress.fraction * 100) })}
          </p>
          <progress aria-labelledby="import-progress-label" max={1} value={progress.fraction} />
          <button type="button" className="button" onClick={cancelImport} data-testid="import-cancel">
            {t('import.cancel', lang)}
          </button>
        </div>
      ) : pending ? (
        <ImportReview key={pending.fileName + pending.result.total} />
      ) : (
        <FilePicker
          label={t('import.button', lang)}
          accept=".csv,.tsv,.txt,.json,.geojson,text/csv,application/json,application/geo+json"
          onFile={(f) => void readImportFile(useAtlas, f)}
          testId="import-file"
        />
      )}
    </div>
  );
}
