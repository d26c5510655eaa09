import { useMemo } from 'react';
import bbox from '@turf/bbox';
import { useAtlas } from '../../store/store';
import { atlasIndexes } from '../../store/selectors';
import { compareZones } from '../../geo/zone-compare';
import { pick, t } from '../../i18n/i18n';
import { comparisonRows, ownRows } from './rows';
import { rowsToCsv } from '../../ui/comparison';
import ComparisonTable from '../../ui/ComparisonTable';
import Overlay from '../../ui/Overlay';
import { downloadText } from '../../ui/download';
import CoverageNote from '../../ui/CoverageNote';

/** Two to four zones side by side; the best value in each row is marked. */
export default function CompareView() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const compare = useAtlas((s) => s.compare);
  const within = useAtlas((s) => s.within);
  const setCompare = useAtlas((s) => s.setCompare);
  const requestCamera = useAtlas((s) => s.requestCamera);
  const tab = useAtlas((s) => s.panelTab);
  const ownLayers = useAtlas((s) => s.ownLayers);
  const ownIndexes = useAtlas((s) => s.ownIndexes);

  const comparisons = useMemo(
    () => (data && compare.length >= 2 ? compareZones(data, atlasIndexes(data), compare, within) : []),
    [data, compare, within],
  );
  // The site comparison uses the same place on screen while the Site tab is open.
  if (!data || comparisons.length < 2 || tab === 'site') return null;

  const zones = comparisons.map((c) => data.zones.features.find((z) => z.properties.id === c.zoneId)!);
  const names = zones.map((z) => pick(lang, z.properties.name, z.properties.name_en));
  const rows = [
    ...comparisonRows(comparisons, within, lang),
    ...ownRows(
      ownLayers,
      ownIndexes,
      comparisons.map((c) => c.zoneId),
      within,
      lang,
    ),
  ];
  const fit = () => {
    const [w, s, e, n] = bbox({ type: 'FeatureCollection', features: zones });
    requestCamera({ kind: 'fit', bounds: [w, s, e, n], above: 'comparison' });
  };

  return (
    <Overlay
      id="compare"
      title={t('compare.title', lang)}
      lang={lang}
      testId="compare"
      actions={
        <>
          <button type="button" className="button" onClick={fit}>
            {t('compare.fit', lang)}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => downloadText(rowsToCsv(rows, names, lang), 'zone-comparison.csv', 'text/csv')}
            data-testid="compare-csv"
          >
            {t('compare.csv', lang)}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={() => setCompare([])}
            aria-label={t('compare.close', lang)}
          >
            ×
          </button>
        </>
      }
    >
      <p className="muted">{t('compare.measure', lang)}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div className="compare-scroll" tabIndex={0} role="region" aria-label={t('compare.metric', lang)}>
        <ComparisonTable
          rows={rows}
          columns={comparisons.map((c, i) => ({ id: c.zoneId, name: names[i] }))}
          lang={lang}
        />
      </div>
      <CoverageNote zones={compare} />
    </Overlay>
  );
}
