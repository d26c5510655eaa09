import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-map-gl/maplibre';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { renderSheet, type RenderedSheet } from './sheet/render-sheet';
import { sheetSummary } from './sheet/sheet-summary';
import type { Paper } from './sheet/sheet-layout';
import { downloadBlob } from '../ui/download';
import { CURRENT_YEAR } from '../data/timeline';
import EmbedDialog from '../features/embed/EmbedDialog';

interface PrintJob {
  url: string;
  bounds: RenderedSheet['bounds'];
  paper: Paper;
}

/**
 * Share and export the current view: copy the link, save a PNG, print on A4 or A3 landscape.
 * The PNG and the printout are the same sheet (render-sheet.ts), so they always agree.
 */
export default function MapTools() {
  const { current } = useMap();
  const lang = useAtlas((s) => s.lang);
  const addNotice = useAtlas((s) => s.addNotice);
  const [paper, setPaper] = useState<Paper>('A4');
  const [busy, setBusy] = useState(false);
  const [job, setJob] = useState<PrintJob | null>(null);
  const year = useAtlas((s) => s.year);
  const [embedOpen, setEmbedOpen] = useState(false);
  const setYear = useAtlas((s) => s.setYear);

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      // A link cannot carry a private layer; say so rather than let a colleague wonder.
      const { ownLayers, hiddenOwnLayers } = useAtlas.getState();
      const ownShown = ownLayers.some((l) => !hiddenOwnLayers.includes(l.id));
      addNotice('info', t(ownShown ? 'import.private' : 'share.copied', lang));
    } catch {
      addNotice('warning', t('share.copyFailed', lang));
    }
  };

  const sheet = async (): Promise<{ blob: Blob; bounds: RenderedSheet['bounds'] } | null> => {
    const map = current?.getMap();
    if (!map || busy) return null;
    setBusy(true);
    try {
      const state = useAtlas.getState();
      const credits = (map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '').trim();
      const summary = sheetSummary(state, state.data, credits, new Date(), window.location.href);
      const { canvas, bounds } = await renderSheet(map, paper, summary, lang);
      const blob = await new Promise<Blob>((resolve, reject) =>
        canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
      );
      return { blob, bounds };
    } catch (e) {
      addNotice('error', t('sheet.failed', lang, { error: e instanceof Error ? e.message : String(e) }));
      return null;
    } finally {
      setBusy(false);
    }
  };

  const savePng = async () => {
    const done = await sheet();
    if (done) downloadBlob(done.blob, `stockholm-life-science-atlas-${paper}.png`);
  };

  const print = async () => {
    const done = await sheet();
    if (done) setJob({ url: URL.createObjectURL(done.blob), bounds: done.bounds, paper });
  };

  // The sheet replaces the page while printing; @page takes the chosen paper.
  useEffect(() => {
    if (!job) return;
    let style = document.getElementById('print-paper');
    if (!style) {
      style = document.createElement('style');
      style.id = 'print-paper';
      document.head.appendChild(style);
    }
    style.textContent = `@page { size: ${job.paper} landscape; margin: 8mm; }`;
    const done = () => {
      URL.revokeObjectURL(job.url);
      setJob(null);
    };
    window.addEventListener('afterprint', done, { once: true });
    return () => window.removeEventListener('afterprint', done);
  }, [job]);

  return (
    <div className="map-tools" role="group" aria-label={t('share.menu', lang)} aria-busy={busy}>
      <button type="button" onClick={copyLink} data-testid="copy-link">
        {t('share.copy', lang)}
      </button>
      <button type="button" onClick={() => void savePng()} data-testid="save-png" disabled={busy}>
        {t('share.png', lang)}
      </button>
      <label className="visually-hidden" htmlFor="paper">
        {t('share.paper', lang)}
      </label>
      <select id="paper" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
        <option value="A4">A4</option>
        <option value="A3">A3</option>
      </select>
      <button type="button" onClick={() => void print()} data-testid="print" disabled={busy}>
        {t('share.print', lang)}
      </button>
      <button type="button" onClick={() => setEmbedOpen(true)} data-testid="embed-open-dialog" aria-haspopup="dialog">
        {t('embed.share', lang)}
      </button>
      <button
        type="button"
        onClick={() => setYear(year === null ? CURRENT_YEAR : null)}
        aria-pressed={year !== null}
        data-testid="time-toggle"
      >
        {t('time.open', lang)}
      </button>
      {busy && (
        <span className="map-tools-status" role="status">
          {t('sheet.preparing', lang)}
        </span>
      )}
      {embedOpen && <EmbedDialog onClose={() => setEmbedOpen(false)} />}
      {job &&
        createPortal(
          <img
            className="print-sheet"
            src={job.url}
            alt={t('app.title', lang)}
            data-testid="print-sheet"
            data-bounds={job.bounds.join(',')}
            data-paper={job.paper}
            onLoad={() => window.print()}
          />,
          document.body,
        )}
    </div>
  );
}
