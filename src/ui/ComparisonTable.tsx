import { t, type Lang } from '../i18n/i18n';
import type { CompareRow } from './comparison';

/**
 * A comparison table: measures down, compared things across, best cells marked in words too.
 * On a phone the same figures stack as one card per compared thing (CSS picks which shows).
 */
export default function ComparisonTable({
  rows,
  columns,
  lang,
  testId,
}: {
  rows: readonly CompareRow[];
  columns: readonly { id: string; name: string }[];
  lang: Lang;
  testId?: string;
}) {
  return (
    <>
      <table className="compare-table" data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{t('compare.metric', lang)}</th>
            {columns.map((c) => (
              <th scope="col" key={c.id} data-column={c.id}>
                {c.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-row={row.key}>
              <th scope="row">{row.label}</th>
              {row.shown.map((text, i) => (
                <td
                  key={columns[i].id}
                  className={row.best.includes(i) ? 'best' : undefined}
                  data-value={String(row.values[i] ?? '')}
                >
                  {text}
                  {row.best.includes(i) && <span className="visually-hidden"> ({t('compare.best', lang)})</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="compare-cards" data-testid={testId ? `${testId}-cards` : undefined}>
        {columns.map((c, i) => (
          <section className="compare-card" key={c.id} aria-label={c.name}>
            <h3>{c.name}</h3>
            <dl>
              {rows.map((row) => (
                <div key={row.key} className={row.best.includes(i) ? 'best' : undefined}>
                  <dt>{row.label}</dt>
                  <dd>
                    {row.shown[i]}
                    {row.best.includes(i) && <span className="visually-hidden"> ({t('compare.best', lang)})</span>}
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
