import { useAtlas } from '../../store/store';
import { featureIndex } from '../../store/selectors';
import { pick, t, type Lang } from '../../i18n/i18n';
import { POINT_LAYER_IDS } from '../../data/layers';
import type { AnyPointProps } from '../../data/schema';
import SafeLink from '../../ui/SafeLink';

/**
 * A place's years as evidence: the page that gives the year (when it is not the place's own
 * source), and a move in either direction ("moved to Innomedicum in 2020", "moved here from …").
 */
export default function TimelineNote({ p, lang }: { p: AnyPointProps; lang: Lang }) {
  const history = useAtlas((s) => s.history);
  const select = useAtlas((s) => s.select);
  const setYear = useAtlas((s) => s.setYear);
  if (!history) return null;
  const index = featureIndex(history);
  const nameOf = (id: string) => {
    const hit = index.get(id);
    return hit ? pick(lang, hit.feature.properties.name, (hit.feature.properties as AnyPointProps).name_en) : id;
  };
  const from = POINT_LAYER_IDS.flatMap((l) => history.layers[l].features).find((f) => f.properties.moved_to === p.id);
  const lines: React.ReactElement[] = [];
  if (p.since !== undefined && p.since_source) {
    lines.push(
      <span key="since">
        {t('details.sinceSource', lang, { year: p.since })}{' '}
        <SafeLink href={p.since_source}>{t('details.yearSource', lang)}</SafeLink>
        {p.since_source_date && p.since_source_date !== 'undated' ? ` (${p.since_source_date})` : ''}
      </span>,
    );
  }
  if (p.until !== undefined) {
    lines.push(
      <span key="until">
        {p.moved_to ? (
          <>
            {t('details.movedTo', lang, { year: p.until })}{' '}
            <button type="button" className="link-button" onClick={() => select(p.moved_to!)}>
              {nameOf(p.moved_to)}
            </button>
          </>
        ) : (
          t('details.closed', lang, { year: p.until })
        )}{' '}
        <button type="button" className="link-button" onClick={() => setYear(p.until! - 1)}>
          {t('details.showThen', lang, { year: p.until - 1 })}
        </button>
      </span>,
    );
  }
  if (from && from.properties.until !== undefined) {
    lines.push(
      <span key="from">
        {t('details.movedFrom', lang, { year: from.properties.until })}{' '}
        <button type="button" className="link-button" onClick={() => select(from.properties.id)}>
          {nameOf(from.properties.id)}
        </button>
      </span>,
    );
  }
  if (!lines.length) return null;
  return (
    <ul className="timeline-note small" data-testid="details-timeline">
      {lines.map((line) => (
        <li key={line.key}>{line}</li>
      ))}
    </ul>
  );
}
