import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { formatProblem } from '../../data/problems';

/** While data loads, and if it fails: the map and the rest of the atlas keep working. */
export default function DataStatus() {
  const lang = useAtlas((s) => s.lang);
  const status = useAtlas((s) => s.dataStatus);
  const problems = useAtlas((s) => s.dataProblems);
  if (status === 'loading') return <p className="muted">{t('data.loading', lang)}</p>;
  if (status === 'ready') return null;
  return (
    <div className="data-error" role="alert" data-testid="data-error">
      {t('data.error', lang)}
      <ul>
        {problems.slice(0, 50).map((p) => (
          <li key={formatProblem(p)}>{formatProblem(p)}</li>
        ))}
      </ul>
    </div>
  );
}
