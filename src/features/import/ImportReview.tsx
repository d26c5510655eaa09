import { useState } from 'react';
import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { describeImportProblem } from '../../data/import/messages';
import { saveOwnLayerAfter, OWN_COLOURS, type OwnLayer } from '../../data/own-layers';
import { ownLayerDrawn, SAVE_WAITS_MS } from '../../data/own-layer-drawn';
import { layerName } from '../../i18n/labels';
import { LAYER_IDS } from '../../data/layers';

const SHOWN_PROBLEMS = 20;
/** How the review names the grid a file came in (and that it was converted). */
const CRS_LABEL = { WGS84: 'WGS84', SWEREF99TM: 'SWEREF 99 TM → WGS84', RT90: 'RT 90 2.5 gon V → WGS84' } as const;
const stem = (fileName: string) => fileName.replace(/\.[^.]+$/, '').slice(0, 60) || 'Import';

/** Name, colour and label for a parsed file; skipped rows listed; nothing changes until confirmed. */
export default function ImportReview() {
  const lang = useAtlas((s) => s.lang);
  const pending = useAtlas((s) => s.pendingImport);
  const setPending = useAtlas((s) => s.setPendingImport);
  const ownLayers = useAtlas((s) => s.ownLayers);
  const addOwnLayer = useAtlas((s) => s.addOwnLayer);
  const addNotice = useAtlas((s) => s.addNotice);
  const [name, setName] = useState(pending ? stem(pending.fileName) : '');
  const [colour, setColour] = useState<string>(OWN_COLOURS[ownLayers.length % OWN_COLOURS.length]);
  const guessLabel =
    pending?.result.fields.find((f) => /^(name|namn|label|title|företag|company)$/i.test(f)) ??
    pending?.result.fields[0] ??
    '';
  const [labelField, setLabelField] = useState<string>(guessLabel);
  if (!pending) return null;

  const { result, fileName } = pending;
  const taken = new Set([
    ...ownLayers.map((l) => l.name.toLowerCase()),
    ...LAYER_IDS.map((id) => layerName(id, lang).toLowerCase()),
  ]);
  const nameProblem = !name.trim()
    ? t('import.emptyName', lang)
    : taken.has(name.trim().toLowerCase())
      ? t('import.duplicate', lang, { name: name.trim() })
      : null;
  const ok = result.features.length;

  const confirm = () => {
    if (nameProblem) return;
    const layer: OwnLayer = {
      id: `user-${Date.now().toString(36)}`,
      name: name.trim(),
      colour,
      labelField: labelField || null,
      fields: result.fields,
      features: result.features,
      fileName,
      importedAt: new Date().toISOString(),
    };
    addOwnLayer(layer);
    setPending(null);
    addNotice('info', t('import.done', lang, { name: layer.name, n: ok }));
    // Saved once the map has drawn it (or after SAVE_WAITS_MS): see data/own-layer-drawn.ts.
    saveOwnLayerAfter(layer, ownLayerDrawn(layer.id, SAVE_WAITS_MS)).catch(() =>
      addNotice('warning', t('import.savefailed', lang)),
    );
  };

  return (
    <div className="import-review" role="dialog" aria-labelledby="import-review-title" data-testid="import-review">
      <h3 id="import-review-title">
        {t('import.summary', lang, {
          file: fileName,
          ok,
          total: result.total,
          crs: CRS_LABEL[result.crs],
        })}
      </h3>
      {result.problems.length > 0 && (
        <div className="import-problems" data-testid="import-problems">
          <p>{t('import.problems', lang, { n: result.problems.length })}</p>
          <ul>
            {result.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list shown once; problems may repeat word for word.
              <li key={i}>{describeImportProblem(p, lang)}</li>
            ))}
          </ul>
          {result.problems.length > SHOWN_PROBLEMS && (
            <p className="muted">{t('import.more', lang, { n: result.problems.length - SHOWN_PROBLEMS })}</p>
          )}
        </div>
      )}
      <label className="field">
        <span>{t('import.name', lang)}</span>
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={60}
          aria-invalid={Boolean(nameProblem)}
          aria-describedby="import-name-problem"
          data-testid="import-name"
        />
      </label>
      {nameProblem && (
        <p id="import-name-problem" className="field-error" role="alert">
          {nameProblem}
        </p>
      )}
      <fieldset className="colour-choice">
        <legend>{t('import.colour', lang)}</legend>
        {OWN_COLOURS.map((c) => (
          <label key={c} className="colour-option">
            <input type="radio" name="import-colour" value={c} checked={colour === c} onChange={() => setColour(c)} />
            <span className="swatch big" style={{ background: c }} />
            <span className="visually-hidden">{c}</span>
          </label>
        ))}
      </fieldset>
      {result.fields.length > 0 && (
        <label className="field">
          <span>{t('import.label', lang)}</span>
          <select value={labelField} onChange={(e) => setLabelField(e.target.value)}>
            <option value="">{t('import.nolabel', lang)}</option>
            {result.fields.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      )}
      {result.features.some((f) => f.geometry.type !== 'Point') && (
        <p className="muted small">{t('import.areas', lang)}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button primary"
          onClick={confirm}
          disabled={Boolean(nameProblem)}
          data-testid="import-confirm"
        >
          {result.problems.length ? t('import.confirmPartial', lang, { n: ok }) : t('import.confirm', lang, { n: ok })}
        </button>
        <button type="button" className="button" onClick={() => setPending(null)}>
          {t('import.cancel', lang)}
        </button>
      </div>
    </div>
  );
}
