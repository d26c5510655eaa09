import { useAtlas } from '../store/store';
import { atlasIndexes } from '../store/selectors';
import { COVERAGE, mappedCompanies, type PublishedTotal } from '../data/coverage';
import { countInZone } from '../geo/zone-index';
import { formatNumber, pick, t, type Lang } from '../i18n/i18n';
import SafeLink from './SafeLink';

const qualifier = (p: PublishedTotal, lang: Lang) => t(`coverage.${p.qualifier}` as const, lang);

/**
 * What the counts count: the companies mapped here beside the published total for the region,
 * and, for a chosen zone with a published figure, the same for the zone. Shown wherever counts
 * are shown (zone panel, comparison, site profile, About), so a count of mapped places is never
 * read as a count of the cluster.
 */
export default function CoverageNote({ zones = [] }: { zones?: readonly string[] }) {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  if (!data) return null;
  const region = COVERAGE.region;
  const zoneNotes = zones.flatMap((id) => {
    const published = COVERAGE.zones[id];
    const zone = data.zones.features.find((z) => z.properties.id === id);
    if (!published || !zone) return [];
    const inside = countInZone(atlasIndexes(data).pharma, id, 0).inside;
    return [{ id, published, inside, name: pick(lang, zone.properties.name, zone.properties.name_en) }];
  });
  return (
    <div className="coverage-note small" data-testid="coverage-note">
      <p>
        {t('coverage.region', lang, {
          n: formatNumber(mappedCompanies(data), lang),
          q: qualifier(region, lang),
          total: formatNumber(region.companies, lang),
          year: region.dataYear ?? '',
        })}{' '}
        <SafeLink href={region.source}>({`${region.publisher}, ${region.source_date}`})</SafeLink>
      </p>
      {zoneNotes.map((z) => (
        <p key={z.id} data-zone={z.id}>
          {t('coverage.zone', lang, {
            zone: z.name,
            n: z.inside,
            q: qualifier(z.published, lang),
            total: formatNumber(z.published.companies, lang),
          })}{' '}
          <SafeLink href={z.published.source}>({z.published.publisher})</SafeLink>
        </p>
      ))}
    </div>
  );
}
