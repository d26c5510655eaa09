import { useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { useSiteNetwork } from '../../store/use-site-network';
import { siteReport } from '../../geo/site-report';
import { SITE_NAMES } from '../../store/site-slice';
import { t } from '../../i18n/i18n';
import { rowsToCsv } from '../../ui/comparison';
import ComparisonTable from '../../ui/ComparisonTable';
import Overlay from '../../ui/Overlay';
import { downloadText } from '../../ui/download';
import { siteRows } from './site-rows';
import MiniMap from './MiniMap';

/** Two or three sites side by side, exportable as CSV and as a one-page printout with maps. */
export default function SiteCompareView() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const network = useSiteNetwork();
  const sites = useAtlas((s) => s.sites);
  const tab = useAtlas((s) => s.panelTab);
  const ownLayers = useAtlas((s) => s.ownLayers);
  const reports = useMemo(() => (data ? sites.map((s) => siteReport(data, s, network)) : []), [data, sites, network]);
  if (!data || sites.length < 2 || tab !== 'site') return null;

  const rows = siteRows(reports, lang, ownLayers);
  const columns = sites.map((_, i) => ({ id: SITE_NAMES[i], name: t('site.name', lang, { name: SITE_NAMES[i] }) }));
  return (
    <Overlay
      id="site-compare"
      className="site-compare"
      title={t('site.compare', lang)}
      lang={lang}
      testId="site-compare"
      actions={
        <>
          <button
            type="button"
            className="button"
            onClick={() =>
              downloadText(
                rowsToCsv(
                  rows,
                  columns.map((c) => c.name),
                  lang,
                ),
                'site-comparison.csv',
                'text/csv',
              )
            }
            data-testid="site-csv"
          >
            {t('compare.csv', lang)}
          </button>
          <button type="button" className="button" onClick={() => window.print()} data-testid="site-print">
            {t('site.print', lang)}
          </button>
        </>
      }
    >
      <p className="muted">{t('site.walk', lang)}</p>
      <div className="print-maps">
        {sites.map((s, i) => (
          <figure key={`${s[0]},${s[1]}`}>
            <MiniMap site={s} name={SITE_NAMES[i]} />
            <figcaption>{columns[i].name}</figcaption>
          </figure>
        ))}
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so keyboard users can scroll it (axe: scrollable-region-focusable). */}
      <div className="compare-scroll" tabIndex={0} role="region" aria-label={t('compare.metric', lang)}>
        <ComparisonTable rows={rows} columns={columns} lang={lang} testId="site-table" />
      </div>
      <p className="print-only small">
        {t('site.printed', lang, { date: new Date().toISOString().slice(0, 10) })} · {window.location.href}
      </p>
    </Overlay>
  );
}
