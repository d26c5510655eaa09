import coverageFile from '../../data/coverage.json';
import type { AtlasData } from './validate';

/** A published total beside which the atlas's own counts are shown (data/coverage.json). */
export interface PublishedTotal {
  companies: number;
  qualifier: 'nearly' | 'about' | 'over';
  dataYear?: number;
  source: string;
  publisher: string;
  source_date: string;
}

/** One published figure of a series (Stockholm Science City's Hagastaden counts over the years). */
export interface PublishedPoint {
  year: number;
  companies: number;
  qualifier: 'nearly' | 'about' | 'over';
  source: string;
  publisher: string;
  source_date: string;
  note: string;
}

export const COVERAGE = coverageFile as unknown as {
  region: PublishedTotal;
  zones: Partial<Record<string, PublishedTotal & { series?: PublishedPoint[] }>>;
};

/** Life-science companies the atlas maps (one per company, not per site). */
export function mappedCompanies(data: AtlasData): number {
  return new Set(
    data.layers.pharma.features.map((f) =>
      f.properties.category === 'pharma' ? f.properties.company : f.properties.id,
    ),
  ).size;
}
