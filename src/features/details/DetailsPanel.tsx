import { useAtlas } from '../../store/store';
import { featureIndex, selectSelected } from '../../store/selectors';
import { pick, t, type Lang } from '../../i18n/i18n';
import type { StringKey } from '../../i18n/strings';
import { layerName, valueLabel } from '../../i18n/labels';
import { POLICY_POINTS_TEXT } from '../../data/policy-points';
import type { PolicyPoint } from '../../data/layers';
import SafeLink from '../../ui/SafeLink';
import TimelineNote from './TimelineNote';
import LayerSymbol from '../../ui/LayerSymbol';
import { occupantsByHost } from '../../geo/occupants';
import type { Feature, Point } from 'geojson';
import type { AnyPointProps } from '../../data/schema';

type Props = Record<string, unknown>;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** Layer-specific rows; values are text (never HTML) and enum values are translated. */
function extraRows(p: Props, lang: Lang): [StringKey, string][] {
  const rows: [StringKey, string][] = [];
  const add = (key: StringKey, value: unknown, translate = false) => {
    if (value === undefined || value === null || value === '') return;
    const text = Array.isArray(value)
      ? value.map((v) => valueLabel(String(v), lang)).join(', ')
      : translate
        ? valueLabel(String(value), lang)
        : String(value);
    rows.push([key, text]);
  };
  add('details.company', p.company);
  add('details.institution', p.institution);
  add('details.kind', p.kind, true);
  add('details.role', p.role, true);
  add('details.segment', p.segment, true);
  add('details.stage', p.stage, true);
  add('details.origin', p.origin);
  add('details.operator', p.operator);
  add('details.units', p.units);
  add('details.modes', p.modes);
  add('details.lines', p.lines);
  add('details.opens', p.opens);
  add('details.status', p.status, true);
  if (typeof p.since === 'number') {
    const kind = typeof p.since_kind === 'string' ? valueLabel(p.since_kind, lang) : '';
    rows.push(['details.since', kind ? `${p.since} (${kind})` : String(p.since)]);
  }
  return rows;
}

/** A building's (or hospital's) occupants, and for an occupant the building it is in. */
function Building({ id, buildingId, lang }: { id: string; buildingId: string | undefined; lang: Lang }) {
  const data = useAtlas((s) => s.data);
  const select = useAtlas((s) => s.select);
  if (!data) return null;
  const homeHit = buildingId ? featureIndex(data).get(buildingId) : undefined;
  const home = homeHit && homeHit.layer !== 'zones' ? (homeHit.feature as Feature<Point, AnyPointProps>) : undefined;
  const tenants = occupantsByHost(data).get(id) ?? [];
  return (
    <>
      {home && (
        <p data-testid="details-building">
          {t('details.in', lang)}{' '}
          <button type="button" className="link-button" onClick={() => select(home.properties.id)}>
            {pick(lang, home.properties.name, home.properties.name_en)}
          </button>
        </p>
      )}
      {tenants.length > 0 && (
        <>
          <h4>{t('details.tenants', lang, { n: tenants.length })}</h4>
          <ul className="tenant-list" data-testid="details-tenants">
            {tenants.map((f) => (
              <li key={f.properties.id}>
                <LayerSymbol layer={f.properties.category} size={12} />{' '}
                <button type="button" className="link-button" onClick={() => select(f.properties.id)}>
                  {pick(lang, f.properties.name, f.properties.name_en)}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

export default function DetailsPanel() {
  const lang = useAtlas((s) => s.lang);
  const selected = useAtlas(selectSelected);
  const select = useAtlas((s) => s.select);
  const addSite = useAtlas((s) => s.addSite);

  const ownShown = useAtlas((s) => s.ownSelection !== null);
  if (!selected) return ownShown ? null : <p className="muted">{t('panel.details.empty', lang)}</p>;
  const p = selected.feature.properties as unknown as Props;
  const name = pick(lang, String(p.name), str(p.name_en));
  const description = pick(
    lang,
    str(p.description_sv) ?? str(p.rationale_sv) ?? '',
    str(p.description_en) ?? str(p.rationale_en),
  );
  const statusNote = pick(lang, str(p.status_note_sv) ?? '', str(p.status_note_en));
  const themes = (p.themes as string[] | undefined) ?? [];
  const points = (p.policyPoints as PolicyPoint[]) ?? [];
  const g = selected.feature.geometry;
  const point = g.type === 'Point' ? (g.coordinates as [number, number]) : null;

  return (
    <article className="details" data-testid="details" aria-live="polite">
      <header className="details-head">
        <LayerSymbol layer={selected.layer} size={22} />
        <div>
          <h3>{name}</h3>
          <p className="muted">{layerName(selected.layer, lang)}</p>
        </div>
        <button
          type="button"
          className="icon-button"
          onClick={() => select(null)}
          aria-label={t('details.close', lang)}
        >
          ×
        </button>
      </header>
      {description && <p>{description}</p>}
      {statusNote && <p className="status-note">{statusNote}</p>}
      <Building id={String(p.id)} buildingId={str(p.building)} lang={lang} />
      {selected.layer !== 'zones' && <TimelineNote p={selected.feature.properties as AnyPointProps} lang={lang} />}
      <dl className="details-list">
        {str(p.address) && (
          <>
            <dt>{t('details.address', lang)}</dt>
            <dd>{str(p.address)}</dd>
          </>
        )}
        {str(p.boundary) && (
          <>
            <dt>{t('details.boundary', lang)}</dt>
            <dd>{str(p.boundary)}</dd>
          </>
        )}
        <dt>{t('details.municipality', lang)}</dt>
        <dd>{String(p.municipality)}</dd>
        {extraRows(p, lang).map(([key, value]) => (
          <Row key={key} label={t(key, lang)} value={value} />
        ))}
        {themes.length > 0 && (
          <Row label={t('details.themes', lang)} value={themes.map((th) => valueLabel(th, lang)).join(', ')} />
        )}
        {str(p.precision) && <Row label={t('details.precision', lang)} value={valueLabel(String(p.precision), lang)} />}
      </dl>
      <h4>{t('details.policy', lang)}</h4>
      <ul className="policy-list">
        {points.map((pp) => (
          <li key={pp}>
            <strong>{pp}</strong> {POLICY_POINTS_TEXT[pp]?.[lang]}
          </li>
        ))}
      </ul>
      {point && (
        <button type="button" className="button" onClick={() => addSite(point)} data-testid="use-as-site">
          {t('site.fromfeature', lang)}
        </button>
      )}
      <p className="source">
        {t('details.source', lang)}: <SafeLink href={p.source} /> ·{' '}
        {p.source_date === 'undated' || !str(p.source_date) ? (
          t('details.undated', lang)
        ) : (
          <>
            {t('details.sourcedate', lang)} <time dateTime={String(p.source_date)}>{String(p.source_date)}</time>
          </>
        )}{' '}
        · {t('details.checked', lang)} <time dateTime={String(p.checked)}>{String(p.checked)}</time>
      </p>
    </article>
  );
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
