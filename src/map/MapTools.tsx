import { useState } from 'react';
import { useMap } from 'react-map-gl/maplibre';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { layerName } from '../i18n/labels';
import { LAYER_IDS } from '../data/layers';
import { exportPng } from './export-png';
import { downloadBlob } from '../ui/download';

type Paper = 'A4' | 'A3';

/** Share and export the current view: copy the link, save a PNG, print on A4 or A3 landscape. */
export default function MapTools() {
  const { current } = useMap();
  const lang = useAtlas((s) => s.lang);
  const visible = useAtlas((s) => s.visibleLayers);
  const addNotice = useAtlas((s) => s.addNotice);
  const [paper, setPaper] = useState<Paper>('A4');

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      // A link cannot carry a private layer; say so rather than let a colleague wonder.
      const { userLayers, hiddenUserLayers } = useAtlas.getState();
      const ownShown = userLayers.some((l) => !hiddenUserLayers.includes(l.id));
      addNotice('info', t(ownShown ? 'import.private' : 'share.copied', lang));
    } catch {
      addNotice('warning', t('share.copyFailed', lang));
    }
  };

  const savePng = async () => {
    const map = current?.getMap();
    if (!map) return;
    const lat = map.getCenter().lat;
    const metresPerPixel = (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
    const attribution = (map.getContainer().querySelector('.maplibregl-ctrl-attrib-inner')?.textContent ?? '').trim();
    const blob = await exportPng(map.getCanvas(), {
      title: t('app.title', lang),
      subtitle: `${window.location.host}${window.location.pathname} · ${new Date().toISOString().slice(0, 10)}`,
      legend: LAYER_IDS.filter((l) => visible.includes(l)).map((layer) => ({ layer, name: layerName(layer, lang) })),
      attribution,
      metresPerPixel,
    });
    downloadBlob(blob, 'stockholm-life-science-atlas.png');
  };

  const print = () => {
    // @page size cannot be set from a class, so the chosen paper goes in a small style element.
    let style = document.getElementById('print-paper');
    if (!style) {
      style = document.createElement('style');
      style.id = 'print-paper';
      document.head.appendChild(style);
    }
    style.textContent = `@page { size: ${paper} landscape; margin: 10mm; }`;
    current?.getMap().resize();
    window.print();
  };

  return (
    <div className="map-tools" role="group" aria-label={t('share.menu', lang)}>
      <button type="button" onClick={copyLink} data-testid="copy-link">
        {t('share.copy', lang)}
      </button>
      <button type="button" onClick={() => void savePng()} data-testid="save-png">
        {t('share.png', lang)}
      </button>
      <label className="visually-hidden" htmlFor="paper">
        {t('share.paper', lang)}
      </label>
      <select id="paper" value={paper} onChange={(e) => setPaper(e.target.value as Paper)}>
        <option value="A4">A4</option>
        <option value="A3">A3</option>
      </select>
      <button type="button" onClick={print} data-testid="print">
        {t('share.print', lang)}
      </button>
    </div>
  );
}
