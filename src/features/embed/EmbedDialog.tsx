import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { embedCode } from './embed-code';

/** Share → Embed: the `<iframe>` code for the current view, to copy into another page. */
export default function EmbedDialog({ onClose }: { onClose: () => void }) {
  const lang = useAtlas((s) => s.lang);
  const addNotice = useAtlas((s) => s.addNotice);
  const [code] = useState(() => embedCode(window.location.href, t('embed.frameTitle', lang)));
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    area.current?.focus();
    area.current?.select();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      addNotice('info', t('embed.copied', lang));
    } catch {
      area.current?.select();
      addNotice('warning', t('share.copyFailed', lang));
    }
  };
  return (
    <section className="embed-dialog" role="dialog" aria-labelledby="embed-title" data-testid="embed-dialog">
      <h2 id="embed-title">{t('embed.title', lang)}</h2>
      <p className="muted">{t('embed.hint', lang)}</p>
      <label className="field">
        <span>{t('embed.code', lang)}</span>
        <textarea ref={area} readOnly rows={5} value={code} data-testid="embed-code" />
      </label>
      <div className="button-row">
        <button type="button" className="button primary" onClick={() => void copy()}>
          {t('embed.copy', lang)}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('embed.close', lang)}
        </button>
      </div>
    </section>
  );
}
