import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { dataWarnings, formatProblem, validateAtlasData } from './validate';

const readDir = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((n) => n.endsWith('.geojson'))
      .map((n) => [`data/${n}`, JSON.parse(readFileSync(`${dir}/${n}`, 'utf8'))]),
  );
const valid = () => readDir('test/fixtures/data-valid');

/** The valid fixture set with one file replaced by a broken variant. */
function withBroken(variant: string) {
  const [, layer] = variant.split('.');
  const files = valid();
  files[`data/${layer}.geojson`] = JSON.parse(readFileSync(`test/fixtures/data-broken/${variant}.geojson`, 'utf8'));
  return validateAtlasData(files).problems.map(formatProblem);
}

describe('data validation', () => {
  it('accepts the valid fixture set', () => {
    const { data, problems } = validateAtlasData(valid());
    expect(problems).toEqual([]);
    expect(data?.layers.pharma.features).toHaveLength(1);
  });

  it.each([
    ['missing-field.pharma', 'data/pharma.geojson → pha-a → properties.source → is missing'],
    [
      'swapped.universities',
      'data/universities.geojson → uni-a → geometry → coordinates looks swapped: [59.349, 18.027] is [lat, lng]; GeoJSON wants [lng, lat]',
    ],
    [
      'outside.incubators',
      'data/incubators.geojson → inc-a → geometry → coordinates [13, 55.6] is outside the region (lng 17.3–18.9, lat 59–59.95)',
    ],
    [
      'duplicate-id.transit',
      'data/transit.geojson → tra-a → properties.id → duplicate id (also in data/transit.geojson)',
    ],
    [
      'self-intersecting.zones',
      'data/zones.geojson → zone-a → geometry → is self-intersecting (1 crossing(s), first near 18.03250, 59.34900)',
    ],
    [
      'unknown-policy-point.student-housing',
      'data/student-housing.geojson → hou-a → properties.policyPoints.1 → "P14" is not a policy point (P1–P13)',
    ],
    [
      'bad-enum.pharma',
      'data/pharma.geojson → pha-a → properties.role → Invalid option: expected one of "hq"|"rnd"|"production"|"commercial"',
    ],
  ])('reports %s precisely', (variant, message) => {
    expect(withBroken(variant)).toEqual([message]);
  });

  it('reports a missing file and a file that is not a FeatureCollection', () => {
    const files = valid();
    delete files['data/pharma.geojson'];
    files['data/transit.geojson'] = { type: 'Feature' };
    expect(validateAtlasData(files).problems.map(formatProblem)).toEqual([
      'data/pharma.geojson → (file) → (file) → is missing',
      'data/transit.geojson → (file) → type → must be a GeoJSON FeatureCollection',
    ]);
  });

  it('refuses two places on one coordinate unless they share a building', () => {
    const files = valid();
    const pharma = files['data/pharma.geojson'] as {
      features: { geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    };
    const building = (files['data/buildings.geojson'] as typeof pharma).features[0];
    pharma.features[0].geometry.coordinates = [...building.geometry.coordinates];
    expect(validateAtlasData(files).problems.map(formatProblem)).toEqual([
      'data/pharma.geojson → pha-a → geometry → same coordinate as bld-a but no shared building (add "building" or place it where it is)',
    ]);
    pharma.features[0].properties.building = 'bld-a';
    expect(validateAtlasData(files).problems).toEqual([]);
    pharma.features[0].geometry.coordinates = [18.05, 59.35];
    expect(validateAtlasData(files).problems.map(formatProblem)).toEqual([
      'data/pharma.geojson → pha-a → geometry → must be the coordinate of its building bld-a',
    ]);
    pharma.features[0].properties.building = 'bld-nowhere';
    expect(validateAtlasData(files).problems.map(formatProblem)).toEqual([
      'data/pharma.geojson → pha-a → properties.building → unknown building bld-nowhere',
    ]);
  });

  it('reads years as a timeline: kinds go with years, a move points at a known site, nothing leaves before it came', () => {
    const files = valid();
    const pharma = files['data/pharma.geojson'] as { features: { properties: Record<string, unknown> }[] };
    const p = pharma.features[0].properties;
    Object.assign(p, {
      since: 2019,
      until: 2015,
      until_kind: 'moved-out',
      moved_to: 'pha-nowhere',
      since_source: 'https://example.org/year',
    });
    expect(validateAtlasData(files).problems.map(formatProblem)).toEqual([
      'data/pharma.geojson → pha-a → properties.since_kind → since and since_kind go together',
      'data/pharma.geojson → pha-a → properties.since_source_date → is missing (the date of the page that gives the year, or "undated")',
      'data/pharma.geojson → pha-a → properties.until → 2015 is before since 2019',
      'data/pharma.geojson → pha-a → properties.moved_to → unknown pha-nowhere (must be in the same layer)',
    ]);
    Object.assign(p, { since_kind: 'moved-in', since_source_date: '2020', until: 2022, moved_to: 'pha-a' });
    expect(validateAtlasData(files).problems).toEqual([]);
  });

  it('warns about sources older than five years and undated ones, but accepts them', () => {
    const files = valid();
    const pharma = files['data/pharma.geojson'] as { features: { properties: Record<string, unknown> }[] };
    pharma.features[0].properties.source_date = '2010-03';
    const { data } = validateAtlasData(files);
    expect(dataWarnings(data!, '2026-11-29').map((w) => w.message)).toEqual([
      'source from 2010-03, older than five years',
    ]);
    pharma.features[0].properties.source_date = 'last year';
    expect(validateAtlasData(files).problems.map(formatProblem)).toEqual([
      'data/pharma.geojson → pha-a → properties.source_date → must be YYYY, YYYY-MM, YYYY-MM-DD or "undated"',
    ]);
  });

  it('the CLI prints the problems and exits non-zero', () => {
    let out = '';
    let code = 0;
    try {
      execFileSync('npx', ['tsx', 'scripts/data-check.ts', 'test/fixtures/data-broken'], { encoding: 'utf8' });
    } catch (e) {
      const err = e as { status: number; stdout: string };
      code = err.status;
      out = err.stdout;
    }
    expect(code).toBe(1);
    expect(out).toContain('data/buildings.geojson → (file) → (file) → is missing');
  }, 30_000); // starts tsx in a child process: ~2 s alone, more on 2 cores shared with the browser tests
});
