import type { AtlasState } from '../../store/store';
import type { AtlasData } from '../../data/validate';
import { LAYER_IDS, type LayerId } from '../../data/layers';
import { POLICY_POINTS_TEXT } from '../../data/policy-points';
import { formatNumber, pick, t, type Lang } from '../../i18n/i18n';
import { layerName, valueLabel } from '../../i18n/labels';
import { COVERAGE, mappedCompanies } from '../../data/coverage';
import { CURRENT_YEAR, dataYearRange, yearsBetween } from '../../data/timeline';
import { zoneGrowth } from '../../geo/zone-growth';
import { atlasIndexes } from '../../store/selectors';

export interface SheetSummary {
  title: string;
  /** What the view is about, one line: the story scene, the zones or "the cluster". */
  subtitle: string;
  date: string;
  legend: { layer: LayerId; name: string }[];
  /** Own layers on the map: named so a reader knows they are not the atlas's data. */
  own: string[];
  /** The state that shapes what is drawn: zones and distance, filters, lens, sites. */
  state: string[];
  coverage: string;
  credits: string;
  /** Growth of the chosen zones (first two): mapped organisations per year, for a small chart. */
  growth: { zone: string; from: number; to: number; now: number; organisations: number[]; companies: number[] }[];
  growthTitle: string;
  growthKey: [string, string];
}

const list = (values: readonly string[], lang: Lang) => values.map((v) => valueLabel(v, lang)).join(', ');

/**
 * The words on a printed or saved map: everything a reader needs to trust it without the
 * screen it came from. Pure: the state and the data in, text out.
 */
export function sheetSummary(
  s: AtlasState,
  data: AtlasData | null,
  basemapCredits: string,
  date: Date,
  url: string,
): SheetSummary {
  const history = s.history ?? data;
  const range = history ? dataYearRange(history) : null;
  const years = range ? yearsBetween(range.from, range.to) : [];
  const lang = s.lang;
  const zoneName = (id: string) => {
    const z = data?.zones.features.find((f) => f.properties.id === id);
    return z ? pick(lang, z.properties.name, z.properties.name_en) : id;
  };
  const state: string[] = [];
  if (s.zones.length) {
    state.push(
      s.within > 0
        ? t('sheet.zonesWithin', lang, {
            zones: s.zones.map(zoneName).join(', '),
            km: formatNumber(s.within / 1000, lang),
          })
        : t('sheet.zones', lang, { zones: s.zones.map(zoneName).join(', ') }),
    );
  }
  const a = s.attributes;
  if (a.segment.length) state.push(`${t('sheet.segment', lang)}: ${list(a.segment, lang)}`);
  if (a.role.length) state.push(`${t('sheet.role', lang)}: ${list(a.role, lang)}`);
  if (a.stage.length) state.push(`${t('sheet.stage', lang)}: ${list(a.stage, lang)}`);
  if (a.kind.length) state.push(`${t('sheet.kind', lang)}: ${list(a.kind, lang)}`);
  if (a.theme.length) state.push(`${t('sheet.theme', lang)}: ${list(a.theme, lang)}`);
  if (s.lens) state.push(`${s.lens}: ${POLICY_POINTS_TEXT[s.lens][lang]}`);
  if (s.sites.length)
    state.push(
      `${t('sheet.sites', lang)}: ${s.sites.map(([lng, lat]) => `${lat.toFixed(4)}, ${lng.toFixed(4)}`).join('; ')}`,
    );

  const story = s.presenting ? s.stories[s.storyId] : undefined;
  const scene = story?.scenes[s.scene];
  const subtitle = scene
    ? `${pick(lang, story!.title_sv, story!.title_en)} · ${pick(lang, scene.title_sv, scene.title_en)}`
    : s.zones.length
      ? s.zones.map(zoneName).join(' · ')
      : t('app.subtitle', lang);

  const own = s.ownLayers.filter((l) => !s.hiddenOwnLayers.includes(l.id)).map((l) => l.name);
  const companies = data ? mappedCompanies(data) : 0;
  return {
    title: t('app.title', lang),
    subtitle,
    date: t('sheet.date', lang, {
      date: new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'long' }).format(date),
    }),
    legend: LAYER_IDS.filter((l) => s.visibleLayers.includes(l)).map((layer) => ({
      layer,
      name: layerName(layer, lang),
    })),
    own,
    state,
    coverage: t('sheet.coverage', lang, {
      companies: formatNumber(companies, lang),
      total: formatNumber(COVERAGE.region.companies, lang),
    }),
    credits: `${t('sheet.dataCredit', lang)} ${t('sheet.basemapCredit', lang)} ${basemapCredits} · ${t('sheet.view', lang)} ${url}`,
    growth:
      history && range
        ? s.zones.slice(0, 2).map((zone) => {
            const g = zoneGrowth(history, atlasIndexes(history), zone, years);
            return {
              zone: zoneName(zone),
              from: range.from,
              to: range.to,
              now: CURRENT_YEAR,
              organisations: g.organisations.series.map((x) => x.present),
              companies: g.companies.series.map((x) => x.present),
            };
          })
        : [],
    growthTitle: t('growth.title', lang),
    growthKey: [t('growth.organisations', lang), t('growth.companies', lang)],
  };
}
