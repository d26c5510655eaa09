import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateAtlasData } from '../data/validate';
import { buildAtlasIndexes } from './atlas-filter';
import { zoneGrowth } from './zone-growth';
import { CURRENT_YEAR, yearsBetween } from '../data/timeline';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';

const files = Object.fromEntries(
  readdirSync('data')
    .filter((n) => n.endsWith('.geojson'))
    .map((n) => [`data/${n}`, JSON.parse(readFileSync(`data/${n}`, 'utf8'))]),
);
const { data } = validateAtlasData(files);

describe('growth of a zone from the real data', () => {
  it('equals an independent count (point in polygon, years read from the files) for every year', () => {
    const years = yearsBetween(1990, 2030);
    const g = zoneGrowth(data!, buildAtlasIndexes(data!), 'zone-hagastaden', years);
    const zone = data!.zones.features.find((z) => z.properties.id === 'zone-hagastaden')!;
    const companies = data!.layers.pharma.features.filter((f) => booleanPointInPolygon(f.geometry.coordinates, zone));
    for (const [i, year] of years.entries()) {
      const there = companies.filter((f) => {
        const p = f.properties;
        // A plan for a year that has passed, unconfirmed, has no known year.
        const knownYear = p.since !== undefined && !(p.since_kind === 'planned' && p.since < CURRENT_YEAR);
        return knownYear && p.since! <= year && (p.until === undefined || p.until > year);
      }).length;
      expect(g.companies.series[i].present, String(year)).toBe(there);
    }
    const unknownYear = (p: (typeof companies)[number]['properties']) =>
      p.since === undefined || (p.since_kind === 'planned' && p.since < CURRENT_YEAR);
    expect(g.companies.unknown).toBe(
      companies.filter((f) => f.properties.until === undefined && unknownYear(f.properties)).length,
    );
    // Organisations include the companies.
    expect(g.companies.series.every((s, i) => s.present <= g.organisations.series[i].present)).toBe(true);
  });
});
