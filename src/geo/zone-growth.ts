import type { AtlasData } from '../data/validate';
import type { PointLayerId } from '../data/layers';
import type { AtlasIndexes } from './atlas-filter';
import { countsByYear, type YearCount } from '../data/timeline';

/** The layers that are organisations (not buildings, housing or stations). */
export const ORGANISATION_LAYERS: readonly PointLayerId[] = [
  'pharma',
  'universities',
  'hospitals',
  'research-infrastructure',
  'incubators',
  'agencies',
];

export interface ZoneGrowth {
  zone: string;
  companies: { series: YearCount[]; unknown: number };
  organisations: { series: YearCount[]; unknown: number };
}

/**
 * Per-year counts of what is inside a zone, from every sourced site (moves and closures
 * included), by the same distance index the counts table uses.
 */
export function zoneGrowth(
  history: AtlasData,
  indexes: AtlasIndexes,
  zone: string,
  years: readonly number[],
): ZoneGrowth {
  const inside = (layer: PointLayerId) => {
    const index = indexes[layer];
    const col = index.zoneIds.indexOf(zone);
    if (col < 0) return [];
    const Z = index.zoneIds.length;
    return history.layers[layer].features.filter((_, i) => index.distances[i * Z + col] === 0).map((f) => f.properties);
  };
  return {
    zone,
    companies: countsByYear(inside('pharma'), years),
    organisations: countsByYear(ORGANISATION_LAYERS.flatMap(inside), years),
  };
}

/** The growth table as rows for CSV: year, then companies and organisations per zone. */
export function growthRows(
  growth: readonly ZoneGrowth[],
  names: Record<string, string>,
  headers: { year: string; companies: string; organisations: string },
): (string | number)[][] {
  const head = [
    headers.year,
    ...growth.flatMap((g) => [`${names[g.zone]}: ${headers.companies}`, `${names[g.zone]}: ${headers.organisations}`]),
  ];
  const years = growth[0]?.companies.series.map((s) => s.year) ?? [];
  return [
    head,
    ...years.map((year, i) => [
      year,
      ...growth.flatMap((g) => [g.companies.series[i].present, g.organisations.series[i].present]),
    ]),
  ];
}
