import { useDeferredValue, useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { atlasIndexes } from '../../store/selectors';
import { formatNumber, pick, t } from '../../i18n/i18n';
import { CURRENT_YEAR, dataYearRange, yearsBetween } from '../../data/timeline';
import { growthRows, zoneGrowth, type ZoneGrowth } from '../../geo/zone-growth';
import { COVERAGE } from '../../data/coverage';
import { tableToCsv } from '../../ui/comparison';
import { downloadText } from '../../ui/download';
import SafeLink from '../../ui/SafeLink';
import type { AtlasData } from '../../data/validate';

/**
 * A zone's growth depends on the data and the zone alone: kept per zone, so ticking a second zone
 * counts that one, not every chosen zone again (~13 ms of the click, measured).
 */
const grown = new WeakMap<AtlasData, Map<string, ZoneGrowth>>();
function growthOf(history: AtlasData, zone: string, years: readonly number[]): ZoneGrowth {
  const byZone = grown.get(history) ?? new Map<string, ZoneGrowth>();
  grown.set(history, byZone);
  const g = byZone.get(zone) ?? zoneGrowth(history, atlasIndexes(history), zone, years);
  byZone.set(zone, g);
  return g;
}

const W = 300;
const H = 120;
const PAD = { l: 30, r: 8, t: 8, b: 20 };

/**
 * How each chosen zone grew: mapped organisations and companies inside it per year, from the
 * sourced years (places of unknown year are counted apart), with a published series beside it
 * where one exists. A table twin and a CSV for those who need the numbers.
 */
export default function ZoneGrowthChart() {
  const lang = useAtlas((s) => s.lang);
  const history = useAtlas((s) => s.history);
  // Deferred: the chart follows in the render after a zone's tick, whose counts show first.
  const zones = useDeferredValue(useAtlas((s) => s.zones));
  const year = useAtlas((s) => s.year);
  const growth = useMemo(() => {
    if (!history || !zones.length) return null;
    const range = dataYearRange(history);
    const years = yearsBetween(range.from, range.to);
    return { years, zones: zones.map((z) => growthOf(history, z, years)) };
  }, [history, zones]);
  if (!growth || !history) return null;
  const names = Object.fromEntries(
    history.zones.features.map((z) => [z.properties.id, pick(lang, z.properties.name, z.properties.name_en)]),
  );
  const csv = () =>
    downloadText(
      tableToCsv(
        growthRows(growth.zones, names, {
          year: t('time.year', lang),
          companies: t('growth.companies', lang),
          organisations: t('growth.organisations', lang),
        }),
        lang,
      ),
      'zone-growth.csv',
      'text/csv',
    );
  return (
    <section className="zone-growth" aria-labelledby="growth-title" data-testid="zone-growth">
      <h3 id="growth-title">{t('growth.title', lang)}</h3>
      {growth.zones.map((g) => (
        <ZoneChart key={g.zone} g={g} name={names[g.zone]} years={growth.years} marker={year} />
      ))}
      <p className="muted small">{t('growth.caveat', lang)}</p>
      <button type="button" className="button" onClick={csv} data-testid="growth-csv">
        {t('growth.csv', lang)}
      </button>
    </section>
  );
}

function ZoneChart({
  g,
  name,
  years,
  marker,
}: {
  g: ZoneGrowth;
  name: string;
  years: number[];
  marker: number | null;
}) {
  const lang = useAtlas((s) => s.lang);
  const max = Math.max(1, ...g.organisations.series.map((s) => s.present + s.planned));
  const x = (year: number) => PAD.l + ((year - years[0]) / Math.max(1, years.at(-1)! - years[0])) * (W - PAD.l - PAD.r);
  const y = (n: number) => H - PAD.b - (n / max) * (H - PAD.t - PAD.b);
  const path = (values: number[]) =>
    values.map((v, i) => `${i ? 'L' : 'M'}${x(years[i]).toFixed(1)},${y(v).toFixed(1)}`).join('');
  const published = COVERAGE.zones[g.zone]?.series ?? [];
  const nowAt = g.organisations.series.find((s) => s.year === Math.min(CURRENT_YEAR, years.at(-1)!));
  return (
    <figure className="growth-chart" data-zone={g.zone}>
      <figcaption>
        <strong>{name}</strong> ·{' '}
        {t('growth.now', lang, {
          orgs: nowAt?.present ?? 0,
          companies: g.companies.series.find((s) => s.year === nowAt?.year)?.present ?? 0,
        })}
      </figcaption>
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={t('growth.aria', lang, { zone: name, from: years[0], to: years.at(-1)! })}
      >
        <line x1={PAD.l} x2={W - PAD.r} y1={H - PAD.b} y2={H - PAD.b} stroke="#999" />
        <text x={PAD.l - 4} y={y(max) + 4} textAnchor="end" fontSize="10" fill="#555">
          {max}
        </text>
        <text x={PAD.l - 4} y={H - PAD.b} textAnchor="end" fontSize="10" fill="#555">
          0
        </text>
        {/* First, last, and this year when it is not crowding either end. */}
        {[years[0], CURRENT_YEAR, years.at(-1)!]
          .filter((v, i) => i !== 1 || (v - years[0] >= 5 && years.at(-1)! - v >= 5))
          .map((yr) => (
            <text
              key={yr}
              x={x(yr)}
              y={H - 6}
              textAnchor={yr === years[0] ? 'start' : yr === years.at(-1) ? 'end' : 'middle'}
              fontSize="10"
              fill="#555"
            >
              {yr}
            </text>
          ))}
        {/* Years after this one are plans: drawn dashed. */}
        <rect
          x={x(CURRENT_YEAR)}
          y={PAD.t}
          width={Math.max(0, W - PAD.r - x(CURRENT_YEAR))}
          height={H - PAD.t - PAD.b}
          fill="#f3f1ec"
        />
        <path
          d={path(g.organisations.series.map((s) => s.present + s.planned))}
          fill="none"
          stroke="#123a5c"
          strokeWidth="1.2"
          strokeDasharray="3 2"
        />
        <path d={path(g.organisations.series.map((s) => s.present))} fill="none" stroke="#123a5c" strokeWidth="2" />
        <path d={path(g.companies.series.map((s) => s.present))} fill="none" stroke="#c2407f" strokeWidth="2" />
        {marker !== null && (
          <line x1={x(marker)} x2={x(marker)} y1={PAD.t} y2={H - PAD.b} stroke="#D55E00" strokeWidth="1.5" />
        )}
      </svg>
      <p className="growth-key small">
        <span className="key-org">━ {t('growth.organisations', lang)}</span>{' '}
        <span className="key-pha">━ {t('growth.companies', lang)}</span> <span>┄ {t('growth.withPlanned', lang)}</span>
      </p>
      <p className="muted small">{t('growth.unknown', lang, { n: g.organisations.unknown })}</p>
      {published.length > 0 && (
        <p className="small" data-testid="growth-published">
          {t('growth.published', lang)}{' '}
          {published.map((p, i) => (
            <span key={p.year}>
              {i > 0 && ' · '}
              {p.year}: {t(`coverage.${p.qualifier}` as const, lang)} {formatNumber(p.companies, lang)}{' '}
              <SafeLink href={p.source}>
                ({p.publisher}, {p.source_date === 'undated' ? t('growth.undated', lang) : p.source_date})
              </SafeLink>
            </span>
          ))}
        </p>
      )}
      <details className="small">
        <summary>{t('growth.table', lang)}</summary>
        <table className="compare-table">
          <thead>
            <tr>
              <th scope="col">{t('time.year', lang)}</th>
              <th scope="col">{t('growth.organisations', lang)}</th>
              <th scope="col">{t('growth.companies', lang)}</th>
              <th scope="col">{t('growth.plannedCol', lang)}</th>
            </tr>
          </thead>
          <tbody>
            {g.organisations.series.map((s, i) => (
              <tr key={s.year} data-year={s.year}>
                <th scope="row">{s.year}</th>
                <td>{s.present}</td>
                <td>{g.companies.series[i].present}</td>
                <td>{s.planned}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
