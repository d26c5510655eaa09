import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import proj4 from 'proj4';
import type { Point } from 'geojson';
import { readCsvRecords } from './csv-read';
import { rt90ToWgs84, swerefToWgs84 } from './position';
import {
  MAX_IMPORT_BYTES,
  checkImportSize,
  describeImportProblem,
  parseImport,
  type ImportProblem,
  type ParseResult,
} from './parse-import';
import { seededRandom } from '../../../test/support/seeded-random';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/import/');
const fixture = (name: string) => readFileSync(FIXTURES + name, 'utf8');
const parseFixture = (name: string) => parseImport(name, fixture(name));
const points = (r: ParseResult) => r.features.map((f) => (f.geometry as Point).coordinates);
const en = (p: ImportProblem) => describeImportProblem(p, 'en');
const sv = (p: ImportProblem) => describeImportProblem(p, 'sv');

/** Every result keeps these promises, whatever the input. */
function expectConsistent(r: ParseResult) {
  if (r.fatal) expect(r.features).toEqual([]);
  else expect(r.total).toBe(r.features.length + r.problems.length);
  for (const f of r.features) {
    const coords = JSON.stringify(f.geometry.coordinates).match(/-?[\d.e+-]+/g) ?? [];
    for (const c of coords) expect(Number(c)).toBe(Math.round(Number(c) * 1e6) / 1e6);
  }
}

const SWEREF = '+proj=utm +zone=33 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs';

/** A Gauss–Krüger grid on GRS 80: central meridian (degrees), scale, false easting and northing. */
interface Grid {
  lon0: number;
  k0: number;
  FE: number;
  FN: number;
}
const SWEREF_GRID: Grid = { lon0: 15, k0: 0.9996, FE: 500000, FN: 0 };
/** Lantmäteriet's direct projection RT 90 2.5 gon V ↔ SWEREF 99 (see RT90_DEF in position.ts). */
const RT90_GRID: Grid = { lon0: 15 + 48 / 60 + 22.624306 / 3600, k0: 1.00000561024, FE: 1500064.274, FN: -667.711 };

/**
 * Independent check of proj4: Lantmäteriet's Gauss–Krüger inverse formulas for SWEREF 99 TM
 * (GRS80, central meridian 15°, scale 0.9996, false easting 500 000 m) and, with RT90_GRID, for
 * RT 90 2.5 gon V. Returns [lng, lat].
 */
function kruegerInverse(northing: number, easting: number, grid: Grid = SWEREF_GRID): [number, number] {
  const a = 6378137,
    f = 1 / 298.257222101,
    k0 = grid.k0,
    lambda0 = (grid.lon0 * Math.PI) / 180,
    FE = grid.FE;
  const e2 = f * (2 - f),
    n = f / (2 - f);
  const aHat = (a / (1 + n)) * (1 + n ** 2 / 4 + n ** 4 / 64);
  const d1 = n / 2 - (2 * n ** 2) / 3 + (37 * n ** 3) / 96 - n ** 4 / 360;
  const d2 = n ** 2 / 48 + n ** 3 / 15 - (437 * n ** 4) / 1440;
  const d3 = (17 * n ** 3) / 480 - (37 * n ** 4) / 840;
  const d4 = (4397 * n ** 4) / 161280;
  const As = e2 + e2 ** 2 + e2 ** 3 + e2 ** 4;
  const Bs = -(7 * e2 ** 2 + 17 * e2 ** 3 + 30 * e2 ** 4) / 6;
  const Cs = (224 * e2 ** 3 + 889 * e2 ** 4) / 120;
  const Ds = -(4279 * e2 ** 4) / 1260;
  const xi = (northing - grid.FN) / (k0 * aHat),
    eta = (easting - FE) / (k0 * aHat);
  const d = [d1, d2, d3, d4];
  let xiP = xi,
    etaP = eta;
  d.forEach((dk, k) => {
    const m = 2 * (k + 1);
    xiP -= dk * Math.sin(m * xi) * Math.cosh(m * eta);
    etaP -= dk * Math.cos(m * xi) * Math.sinh(m * eta);
  });
  const phiStar = Math.asin(Math.sin(xiP) / Math.cosh(etaP));
  const dLambda = Math.atan(Math.sinh(etaP) / Math.cos(xiP));
  const s = Math.sin(phiStar),
    c = Math.cos(phiStar);
  const phi = phiStar + s * c * (As + Bs * s ** 2 + Cs * s ** 4 + Ds * s ** 6);
  return [((lambda0 + dLambda) * 180) / Math.PI, (phi * 180) / Math.PI];
}

describe('checkImportSize', () => {
  it('allows up to 25 MiB and refuses more, with the size as the value', () => {
    expect(MAX_IMPORT_BYTES).toBe(25 * 1024 * 1024);
    expect(checkImportSize(0)).toBeNull();
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeNull();
    const p = checkImportSize(MAX_IMPORT_BYTES + 1);
    expect(p).toEqual({ code: 'too-large', value: String(MAX_IMPORT_BYTES + 1) });
    const big = checkImportSize(31.2 * 1024 * 1024)!;
    expect(en(big)).toBe('The file is too large (31.2 MB); the limit is 25 MB.');
    expect(sv(big)).toBe('Filen är för stor (31,2 MB); gränsen är 25 MB.');
  });
});

describe('good CSV fixtures', () => {
  it('comma.csv: points in [lng, lat], coordinate columns dropped, other cells kept as strings', () => {
    const r = parseFixture('comma.csv');
    expect(r).toMatchObject({ format: 'csv', crs: 'WGS84', problems: [], total: 4, fields: ['name', 'type'] });
    expect(r.fatal).toBeUndefined();
    expect(points(r)).toEqual([
      [18.0267, 59.3489],
      [17.942, 59.2205],
      [17.945, 59.403],
      [17.6382, 59.8425],
    ]);
    expect(r.features[0]).toEqual({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [18.0267, 59.3489] },
      properties: { name: 'Aula Medica (KI Campus Solna)', type: 'university' },
    });
  });

  it('semicolon-decimal-comma.csv: ; separator, decimal comma, CRLF, case-insensitive headers', () => {
    const text = fixture('semicolon-decimal-comma.csv');
    expect(text).toContain('\r\n'); // the fixture really is CRLF
    const r = parseImport('semicolon-decimal-comma.csv', text);
    expect(r.problems).toEqual([]);
    expect(r.fields).toEqual(['Namn', 'Kommun']);
    expect(points(r)).toEqual([
      [18.0267, 59.3489],
      [17.9375, 59.2211],
      [18.0544, 59.3275],
    ]);
    expect(r.features[2].properties).toEqual({ Namn: 'Stadshuset', Kommun: 'Stockholm' });
  });

  it('bom.csv: a UTF-8 BOM does not stick to the first header', () => {
    const text = fixture('bom.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const r = parseImport('bom.csv', text);
    expect(r.fields).toEqual(['name']);
    expect(points(r)).toEqual([
      [18.0267, 59.3489],
      [18.0707, 59.3498],
    ]);
  });

  it('tab.tsv: tab separator with decimal comma and point mixed; empty cells kept as ""', () => {
    const r = parseFixture('tab.tsv');
    expect(r.problems).toEqual([]);
    expect(points(r)).toEqual([
      [18.024, 59.3495],
      [18.0707, 59.3498],
      [17.945, 59.403],
    ]);
    expect(r.features[2].properties).toEqual({ name: 'Kista Science City', note: '' });
  });

  it('quoted-fields.csv: separators, doubled quotes and a line break inside quotes', () => {
    const r = parseFixture('quoted-fields.csv');
    expect(r.problems).toEqual([]);
    expect(r.total).toBe(3);
    expect(r.features.map((f) => f.properties)).toEqual([
      { name: 'Karolinska Institutet, Campus Solna', description: 'Biomedicum\nSolnavägen 9' },
      { name: 'SciLifeLab "Campus Solna"', description: 'Tomtebodavägen 23' },
      { name: 'KTH', description: 'Valhallavägen, 79' },
    ]);
    expect(points(r)[2]).toEqual([18.0707, 59.3498]);
  });

  it('hostile.csv: markup and spreadsheet formulas come through as plain, verbatim strings', () => {
    const r = parseFixture('hostile.csv');
    expect(r.problems).toEqual([]);
    expect(r.fields).toEqual(['name', 'url', '__proto__']);
    const [a, b] = r.features.map((f) => f.properties);
    expect(a.name).toBe('<img src=x onerror=alert(1)>');
    expect(a.url).toBe('=HYPERLINK("http://evil")');
    expect(b.name).toBe("<script>alert('x')</script>");
    expect(b.url).toBe('@SUM(1+1)');
    // "__proto__" is an ordinary own property, not a prototype swap.
    expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(a, '__proto__')?.value).toBe('polluted');
    expect(Object.getOwnPropertyDescriptor(b, '__proto__')?.value).toBe('{"isAdmin":true}');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    // Messages are plain text: a hostile value is quoted as is, not escaped or interpreted.
    expect(en({ code: 'bad-number', line: 2, column: 'lat', value: '<img src=x onerror=alert(1)>' })).toBe(
      'Line 2, column lat: "<img src=x onerror=alert(1)>" is not a number.',
    );
  });
});

/** Metres between two [lng, lat] points (haversine, mean earth radius): plenty at this scale. */
const metresBetween = ([lng1, lat1]: number[], [lng2, lat2]: number[]) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lng2 - lng1) * r) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
};

describe('RT 90 2.5 gon V', () => {
  /**
   * Stockholm Central Station in three systems, as the test data of TomasJohansson's
   * sweden_crs_transformations libraries publish it (github.com/TomasJohansson/
   * sweden_crs_transformations_4typescript, module/test/crs_coordinate.test.ts; read off kartor.eniro.se/m/XRCfh):
   * WGS84 59.330231, 18.059196; RT 90 X 6580994, Y 1628294; SWEREF 99 TM N 6580822,
   * E 674032. Whole metres, so agreement is to about a metre.
   */
  const CENTRALEN = { wgs84: [18.059196, 59.330231], rt90: { x: 6580994, y: 1628294 }, sweref: [6580822, 674032] };

  it('converts a published point (Stockholm Central Station) to WGS84 within 1 m', () => {
    const p = rt90ToWgs84(CENTRALEN.rt90.y, CENTRALEN.rt90.x)!;
    expect(metresBetween(p, CENTRALEN.wgs84)).toBeLessThan(1);
    // …and to the same place as the station's SWEREF 99 TM coordinates.
    const q = swerefToWgs84(CENTRALEN.sweref[1], CENTRALEN.sweref[0])!;
    expect(metresBetween(p, q)).toBeLessThan(1);
  });

  it('agrees with Lantmäteriet’s Gauss–Krüger formulas across the region within a millimetre', () => {
    const random = seededRandom(90);
    for (let i = 0; i < 200; i++) {
      const x = 6.45e6 + random() * 0.3e6;
      const y = 1.45e6 + random() * 0.3e6;
      expect(metresBetween(rt90ToWgs84(y, x)!, kruegerInverse(x, y, RT90_GRID))).toBeLessThan(0.001);
    }
  });

  it('a CSV in RT 90 is detected (X/Y, either order, or a header that says so) and converted', () => {
    for (const text of [
      'namn;X;Y\nCentralen;6580994;1628294\n',
      'namn;Y;X\nCentralen;1628294;6580994\n',
      'namn,RT90 X,RT90 Y\nCentralen,6580994,1628294\n',
      'name,rt90_2.5_gon_v_n,rt90_2.5_gon_v_e\nCentralen,6 580 994,1 628 294\n',
      'name,lat,lon\nCentralen,6580994,1628294\n',
    ]) {
      const r = parseImport('register.csv', text);
      expect(r.crs, text).toBe('RT90');
      expect(r.problems, text).toEqual([]);
      expect(metresBetween(points(r)[0], CENTRALEN.wgs84), text).toBeLessThan(1);
    }
  });

  it('a header that names RT 90 wins over degree-like values, which then fall outside the region', () => {
    const r = parseImport('a.csv', 'namn,RT90 X,RT90 Y\nAula,59.3489,18.0267\n');
    expect(r.crs).toBe('RT90');
    expect(r.fatal).toEqual({ code: 'no-features' });
  });

  it('SWEREF 99 TM files stay SWEREF 99 TM (eastings below a million never read as RT 90)', () => {
    expect(parseImport('a.csv', 'namn;N;E\nCentralen;6580822;674032\n').crs).toBe('SWEREF99TM');
    expect(parseImport('a.csv', 'namn;X;Y\nCentralen;6580822;674032\n').crs).toBe('SWEREF99TM');
  });

  it('a GeoJSON in RT 90 ([Y, X] positions, or a crs member naming EPSG:3021) is converted', () => {
    const feature = {
      type: 'Feature',
      properties: { name: 'Centralen' },
      geometry: { type: 'Point', coordinates: [1628294, 6580994] },
    };
    for (const data of [
      { type: 'FeatureCollection', features: [feature] },
      {
        type: 'FeatureCollection',
        crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3021' } },
        features: [feature],
      },
    ]) {
      const r = parseImport('a.geojson', JSON.stringify(data));
      expect(r.crs).toBe('RT90');
      expect(metresBetween(points(r)[0], CENTRALEN.wgs84)).toBeLessThan(1);
    }
  });

  it('an RT 90 row in a file of degrees is named as RT 90, not converted by guess', () => {
    const r = parseImport('mixed.csv', 'name,lat,lon\nA,59.35,18.03\nB,59.34,18.05\nC,6580994,1628294\n');
    expect(r.crs).toBe('WGS84');
    expect(r.features).toHaveLength(2);
    expect(r.problems).toEqual([{ code: 'outside-region', line: 4, value: 'lat=6580994, lon=1628294', found: 'rt90' }]);
    expect(en(r.problems[0])).toBe(
      "Line 4: the position lat=6580994, lon=1628294 looks like RT 90 (Sweden's grid before SWEREF 99 TM), but the rest of the file is in another system; put RT 90 positions in a file of their own.",
    );
  });
});

describe('SWEREF 99 TM', () => {
  const toWgs = proj4(SWEREF, 'WGS84');

  it('proj4 agrees with Lantmäteriet’s Gauss–Krüger formulas to within 1e-7° (~1 cm)', () => {
    for (const [n, e] of [
      [6580822, 674032],
      [6582815, 672090],
      [6636814, 647826],
      [6400000, 300000],
      [7600000, 800000],
    ]) {
      const [lng, lat] = toWgs.forward([e, n]);
      const [refLng, refLat] = kruegerInverse(n, e);
      expect(Math.abs(lng - refLng)).toBeLessThan(1e-7);
      expect(Math.abs(lat - refLat)).toBeLessThan(1e-7);
    }
  });

  it('Stadshuset: 59.3275 N, 18.0544 E is N 6580506, E 673774 and back, within 1 m / 1e-6°', () => {
    const [e, n] = toWgs.inverse([18.0544, 59.3275]);
    expect(Math.abs(e - 673774)).toBeLessThan(1);
    expect(Math.abs(n - 6580506)).toBeLessThan(1);
    const [lng, lat] = toWgs.forward([e, n]);
    expect(Math.abs(lng - 18.0544)).toBeLessThan(1e-6);
    expect(Math.abs(lat - 59.3275)).toBeLessThan(1e-6);
    // The often-quoted N 6580822, E 674032 is ~400 m north-east of that (59.3302 N, 18.0592 E): an approximation.
    const [qLng, qLat] = toWgs.forward([674032, 6580822]);
    expect(qLat).toBeCloseTo(59.3302, 4);
    expect(qLng).toBeCloseTo(18.0592, 4);
  });

  it('sweref99tm.csv: detected from the metre values and N/E headers, converted to WGS84 within 2e-5° (integer metres)', () => {
    const r = parseFixture('sweref99tm.csv');
    expect(r.crs).toBe('SWEREF99TM');
    expect(r.problems).toEqual([]);
    const expected = [
      [18.0267, 59.3489],
      [17.942, 59.2205],
      [17.945, 59.403],
      [18.0544, 59.3275],
    ];
    points(r).forEach(([lng, lat], i) => {
      expect(Math.abs(lng - expected[i][0])).toBeLessThan(2e-5);
      expect(Math.abs(lat - expected[i][1])).toBeLessThan(2e-5);
    });
    expect(points(r)[3]).toEqual([18.054407, 59.327504]); // rounded to 6 decimals
    expect(r.fields).toEqual(['namn']);
  });

  it('detects metres under lat/lon headers, and a sweref header name under any spelling', () => {
    expect(parseImport('a.csv', 'name,lat,lon\nAula,6582815,672090\n').crs).toBe('SWEREF99TM');
    const r = parseImport('a.csv', 'namn;SWEREF99 TM N;SWEREF99 TM E\nAula;6 582 815;672 090\n');
    expect(r.crs).toBe('SWEREF99TM');
    expect(r.problems).toEqual([]);
    expect(points(r)[0][1]).toBeCloseTo(59.3489, 4);
    expect(parseImport('a.csv', 'name,northing,easting\nAula,6582815.4,672090.2\n').crs).toBe('SWEREF99TM');
  });

  it('a header that names SWEREF 99 TM wins over degree-like values, which then fall outside the region', () => {
    const r = parseImport('a.csv', 'namn,sweref99tm_n,sweref99tm_e\nAula,59.3489,18.0267\n');
    expect(r.crs).toBe('SWEREF99TM');
    expect(r.problems).toEqual([
      { code: 'outside-region', line: 2, value: 'sweref99tm_n=59.3489, sweref99tm_e=18.0267' },
    ]);
  });

  it('x/y headers follow the values: Swedish geodetic X = northing is not a swap', () => {
    const gis = parseImport('a.csv', 'name,x,y\nAula,672090,6582815\n');
    const geodetic = parseImport('a.csv', 'name,x,y\nAula,6582815,672090\n');
    expect(gis.problems).toEqual([]);
    expect(geodetic.problems).toEqual([]);
    expect(points(geodetic)).toEqual(points(gis));
    expect(points(gis)[0][0]).toBeCloseTo(18.0267, 4);
  });

  it('a swapped N/E row is reported as swapped, an out-of-region one as outside-region', () => {
    const r = parseImport('a.csv', 'namn,N,E\nAula,6582815,672090\nKista,667180,6588627\nMalmö,6164000,374000\n');
    expect(r.crs).toBe('SWEREF99TM');
    expect(r.problems).toEqual([
      { code: 'swapped', line: 3, value: 'N=667180, E=6588627' },
      { code: 'outside-region', line: 4, value: 'N=6164000, E=374000' },
    ]);
  });

  it('GeoJSON in EPSG:3006 (old-style "crs" member or metre values) is converted', () => {
    const fc = (crs: string) =>
      JSON.stringify({
        type: 'FeatureCollection',
        ...(crs ? { crs: { type: 'name', properties: { name: crs } } } : {}),
        features: [
          {
            type: 'Feature',
            properties: { name: 'Aula' },
            geometry: { type: 'Point', coordinates: [672090, 6582815] },
          },
        ],
      });
    for (const text of [fc('urn:ogc:def:crs:EPSG::3006'), fc('')]) {
      const r = parseImport('x.geojson', text);
      expect(r.crs).toBe('SWEREF99TM');
      expect(points(r)[0][0]).toBeCloseTo(18.0267, 4);
      expect(points(r)[0][1]).toBeCloseTo(59.3489, 4);
    }
    // The "crs" member is believed even when a position looks like degrees (which is then outside the region).
    const degrees = fc('EPSG:3006').replace('[672090,6582815]', '[18.0267,59.3489]');
    expect(parseImport('x.geojson', degrees)).toMatchObject({ crs: 'SWEREF99TM', fatal: { code: 'no-features' } });
    expect(
      parseImport('x.geojson', fc('urn:ogc:def:crs:OGC:1.3:CRS84').replace('[672090,6582815]', '[18.0267,59.3489]'))
        .crs,
    ).toBe('WGS84');
  });
});

describe('bad CSV fixtures', () => {
  it('bad-number.csv: the exact line (after a quoted line break and a blank line) and column', () => {
    const r = parseFixture('bad-number.csv');
    expect(r.fatal).toBeUndefined();
    expect(r.problems).toEqual([
      { code: 'bad-number', line: 7, column: 'lat', value: '59,3x' },
      { code: 'missing-coordinate', line: 8, column: 'lon' },
    ]);
    expect(r.total).toBe(6);
    expect(r.features).toHaveLength(4);
    expect(en(r.problems[0])).toBe('Line 7, column lat: "59,3x" is not a number.');
    expect(sv(r.problems[0])).toBe('Rad 7, kolumn lat: "59,3x" är inte ett tal.');
    expect(en(r.problems[1])).toBe('Line 8, column lon: the coordinate is missing.');
    expect(sv(r.problems[1])).toBe('Rad 8, kolumn lon: koordinaten saknas.');
  });

  it('outside-region.csv: each row outside the box is skipped and named', () => {
    const r = parseFixture('outside-region.csv');
    expect(r.problems).toEqual([
      { code: 'outside-region', line: 3, value: 'lat=57.6834, lon=11.9606' },
      { code: 'outside-region', line: 4, value: 'lat=60.1699, lon=24.9384' },
    ]);
    expect(points(r)).toEqual([[18.0267, 59.3489]]);
    expect(en(r.problems[0])).toBe(
      'Line 3: the position lat=57.6834, lon=11.9606 is outside the atlas region (latitude 59–59.95, longitude 17.3–18.9).',
    );
    expect(sv(r.problems[0])).toBe(
      'Rad 3: positionen lat=57.6834, lon=11.9606 ligger utanför atlasens område (latitud 59–59,95, longitud 17,3–18,9).',
    );
  });

  it('swapped.csv: a swapped row is skipped, not silently fixed', () => {
    const r = parseFixture('swapped.csv');
    expect(r.problems).toEqual([{ code: 'swapped', line: 3, value: 'lat=17.945, lon=59.403' }]);
    expect(points(r)).toEqual([
      [18.0267, 59.3489],
      [17.942, 59.2205],
    ]);
    expect(en(r.problems[0])).toBe(
      "Line 3: the position lat=17.945, lon=59.403 looks swapped: latitude and longitude are in each other's columns. The row was skipped.",
    );
    expect(sv(r.problems[0])).toBe(
      'Rad 3: positionen lat=17.945, lon=59.403 ser omkastad ut: latitud och longitud står i varandras kolumner. Raden hoppades över.',
    );
  });

  it('empty.csv (whitespace only) and a zero-byte file are fatal "empty"', () => {
    for (const r of [parseFixture('empty.csv'), parseImport('x.csv', ''), parseImport('x.geojson', ' \n\t ')]) {
      expect(r.fatal).toEqual({ code: 'empty' });
      expect(r.features).toEqual([]);
    }
    expect(en({ code: 'empty' })).toBe('The file is empty.');
    expect(sv({ code: 'empty' })).toBe('Filen är tom.');
  });

  it('header-only.csv is fatal "no-features"', () => {
    const r = parseFixture('header-only.csv');
    expect(r.fatal).toEqual({ code: 'no-features' });
    expect(r.total).toBe(0);
    expect(en(r.fatal!)).toBe('The file has no usable points or areas.');
    expect(sv(r.fatal!)).toBe('Filen innehåller inga användbara punkter eller områden.');
  });

  it('no-coordinate-columns.csv is fatal and lists the columns it found', () => {
    const r = parseFixture('no-coordinate-columns.csv');
    expect(r.fatal).toEqual({ code: 'no-coordinate-columns', value: 'name, address, city' });
    expect(en(r.fatal!)).toBe(
      'No coordinate columns were found (columns: name, address, city). Name them lat and lon, latitude and longitude, or N and E for SWEREF 99 TM.',
    );
    expect(sv(r.fatal!)).toBe(
      'Inga koordinatkolumner hittades (kolumner: name, address, city). Döp dem till lat och lon, latitude och longitude, eller N och E för SWEREF 99 TM.',
    );
  });

  it('a CSV whose every row is bad is fatal "no-features" and still lists each row', () => {
    const r = parseImport('x.csv', 'lat,lon\n57.7,11.97\nabc,18\n');
    expect(r.fatal).toEqual({ code: 'no-features' });
    expect(r.problems.map((p) => [p.code, p.line])).toEqual([
      ['outside-region', 2],
      ['bad-number', 3],
    ]);
    expect(r.total).toBe(2);
  });
});

describe('CSV details', () => {
  it('recognises every listed header name, case-insensitively', () => {
    const lats = ['lat', 'Latitude', 'LAT_WGS84', 'y', 'Nord', 'northing', 'N'];
    const lons = ['lon', 'lng', 'LONG', 'longitude', 'x', 'ost', 'Öst', 'easting', 'E', 'lon_wgs84'];
    for (const la of lats) {
      for (const lo of lons) {
        const r = parseImport('a.csv', `name,${la},${lo}\nAula,59.3489,18.0267\n`);
        expect(r.fatal, `${la}/${lo}`).toBeUndefined();
        expect(points(r), `${la}/${lo}`).toEqual([[18.0267, 59.3489]]);
      }
    }
  });

  it('prefers lat/lon over x/y when a file has both', () => {
    const r = parseImport('a.csv', 'x,y,lat,lon\n672090,6582815,59.3489,18.0267\n');
    expect(r.crs).toBe('WGS84');
    expect(r.fields).toEqual(['x', 'y']);
    expect(points(r)).toEqual([[18.0267, 59.3489]]);
  });

  it('handles CR-only line ends, an Excel "sep=" line, trailing separators and separator-only rows', () => {
    expect(points(parseImport('a.csv', 'lat,lon\r59.3489,18.0267\r59.403,17.945'))).toEqual([
      [18.0267, 59.3489],
      [17.945, 59.403],
    ]);
    const excel = parseImport('a.csv', 'sep=;\nnamn;lat;lon;\nAula;59,3489;18,0267;\n;;;\n;;;\nKista;x;17,945;\n');
    expect(excel.fields).toEqual(['namn', 'column_4']);
    expect(excel.total).toBe(2);
    expect(excel.problems).toEqual([{ code: 'bad-number', line: 6, column: 'lat', value: 'x' }]);
  });

  it('counts lines right in CRLF files', () => {
    expect(parseImport('a.csv', 'lat;lon\r\n59,3489;18,0267\r\n\r\nx;18\r\n').problems).toEqual([
      { code: 'bad-number', line: 4, column: 'lat', value: 'x' },
    ]);
  });

  it('reads records per RFC 4180, including a final empty cell after a trailing separator', () => {
    expect(readCsvRecords('a,"b,""c""\nd",\ne,f,', ',')).toEqual([
      { cells: ['a', 'b,"c"\nd', ''], line: 1 },
      { cells: ['e', 'f', ''], line: 3 },
    ]);
  });

  it('detects the separator outside quotes only', () => {
    const r = parseImport('a.csv', '"Namn; Ort; Kommun",lat,lon\n"Aula; Solna; Solna",59.3489,18.0267\n');
    expect(r.fields).toEqual(['Namn; Ort; Kommun']);
    expect(points(r)).toEqual([[18.0267, 59.3489]]);
  });

  it('trims whitespace, accepts spaces before quotes, "−" minus and digit groups; rejects hex, Infinity and mixed separators', () => {
    const r = parseImport('a.csv', 'name , lat , lon \n  Aula  ,  "59.3489" , 18.0267 \n');
    expect(r.features[0].properties).toEqual({ name: 'Aula' });
    expect(points(r)).toEqual([[18.0267, 59.3489]]);
    const bad = ['0x3B', 'Infinity', '59.3.4', '1e', '', '59,3.4', 'NaN', '59°20′'];
    for (const v of bad) {
      const res = parseImport('a.csv', `lat;lon\n"${v}";18,0\n59,3;18,0\n`);
      expect(res.problems[0]?.code, v).toBe(v === '' ? 'missing-coordinate' : 'bad-number');
    }
    // "−" (U+2212) minus is a number, so this row parses and is then outside the region.
    expect(parseImport('a.csv', 'lat;lon\n−59,3;18,0\n59,3;18,0\n').problems[0].code).toBe('outside-region');
  });

  it('duplicate and empty headers become unique property names; short rows get ""', () => {
    const r = parseImport('a.csv', 'name,name,,lat,lon\nA,B,C,59.3489,18.0267\nD,,,59.403,17.945,extra\n');
    expect(r.fields).toEqual(['name', 'name_2', 'column_3']);
    expect(r.features[0].properties).toEqual({ name: 'A', name_2: 'B', column_3: 'C' });
    const short = parseImport('a.csv', 'lat,lon,name\n59.3489,18.0267\n');
    expect(short.features[0].properties).toEqual({ name: '' });
  });

  it('an unterminated quote does not throw or loop', () => {
    const r = parseImport('a.csv', 'name,lat,lon\n"Aula,59.3489,18.0267\n');
    expect(r.fatal?.code).toBe('no-features');
    expect(r.problems).toEqual([{ code: 'missing-coordinate', line: 2, column: 'lat' }]);
  });

  it('parses 100,000 rows', () => {
    const lines = ['id;name;lat;lon;note'];
    for (let i = 0; i < 100_000; i++) {
      const lat = (59.2 + (i % 1000) * 0.0002).toFixed(6).replace('.', ',');
      const lon = (17.9 + (i % 997) * 0.0002).toFixed(6).replace('.', ',');
      lines.push(`${i};"Lab ${i}; floor ${i % 7}";${lat};${lon};note ${i}`);
    }
    const r = parseImport('big.csv', lines.join('\r\n'));
    expect(r.problems).toEqual([]);
    expect(r.features).toHaveLength(100_000);
    expect(r.total).toBe(100_000);
  });
});

describe('good GeoJSON fixtures', () => {
  it('points.geojson: ids and scalar properties kept, nested ones stringified, altitude dropped', () => {
    const r = parseFixture('points.geojson');
    expect(r).toMatchObject({ format: 'geojson', crs: 'WGS84', problems: [], total: 4 });
    expect(r.fields).toEqual(['name', 'staff', 'bsl3', 'note', 'contact', 'tags', 'website']);
    expect(r.features[0]).toEqual({
      type: 'Feature',
      id: 'lab-1',
      geometry: { type: 'Point', coordinates: [18.0267, 59.3489] },
      properties: {
        name: 'Aula Medica',
        staff: 120,
        bsl3: false,
        note: null,
        contact: '{"unit":"Facilities","phone":"+46 8 524 800 00"}',
        tags: '["campus","KI"]',
      },
    });
    expect(r.features[1].id).toBe(2);
    expect(points(r)[1]).toEqual([17.942, 59.2205]);
    expect(points(r)[3]).toEqual([17.6382, 59.8425]); // rounded to 6 decimals
  });

  it('polygons.geojson: Polygon with a hole and MultiPolygon kept', () => {
    const r = parseFixture('polygons.geojson');
    expect(r.problems).toEqual([]);
    expect(r.features.map((f) => f.geometry.type)).toEqual(['Polygon', 'MultiPolygon']);
    expect(r.features[0].geometry.coordinates).toHaveLength(2);
    expect(r.features[1].geometry.coordinates).toHaveLength(2);
    expect(r.features[1].properties).toEqual({ name: 'Flemingsberg and Kista' });
  });

  it('single-feature.geojson: a lone Feature', () => {
    const r = parseFixture('single-feature.geojson');
    expect(r.total).toBe(1);
    expect(r.features).toEqual([
      {
        type: 'Feature',
        id: 'stadshuset',
        geometry: { type: 'Point', coordinates: [18.0544, 59.3275] },
        properties: { name: 'Stadshuset', kind: 'city hall' },
      },
    ]);
  });

  it('multipoint.geojson: a MultiPoint is split into points sharing its properties', () => {
    const r = parseFixture('multipoint.geojson');
    expect(r.problems).toEqual([]);
    expect(r.total).toBe(4);
    expect(points(r)).toEqual([
      [18.0267, 59.3489],
      [17.942, 59.2205],
      [17.945, 59.403],
      [18.0707, 59.3498],
    ]);
    expect(r.features.slice(0, 3).every((f) => f.properties.name === 'KI-related sites' && f.id === undefined)).toBe(
      true,
    );
  });

  it('a bare geometry is one feature with no properties', () => {
    const r = parseImport('x.geojson', '{"type":"Point","coordinates":[17.945,59.403]}');
    expect(r.features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [17.945, 59.403] }, properties: {} },
    ]);
  });
});

describe('bad GeoJSON fixtures', () => {
  it('not-json.geojson: fatal, with the JSON parser’s message', () => {
    const r = parseFixture('not-json.geojson');
    expect(r.format).toBe('geojson');
    expect(r.fatal?.code).toBe('not-json');
    expect(r.fatal?.value).toMatch(/JSON|property|token/i);
    expect(r.fatal!.value!.length).toBeLessThanOrEqual(60);
    expect(en(r.fatal!)).toBe(`The file is not valid JSON (${r.fatal!.value}).`);
    expect(sv(r.fatal!)).toBe(`Filen är inte giltig JSON (${r.fatal!.value}).`);
  });

  it('array.json and plain objects are fatal "not-geojson"', () => {
    const r = parseFixture('array.json');
    expect(r.fatal?.code).toBe('not-geojson');
    expect(r.fatal?.value).toBe('[{ "name": "Aula Medica", "lat": 59.3489, "lon": 18.0267 }]');
    expect(en(r.fatal!)).toBe(
      'The file is JSON but not GeoJSON: a FeatureCollection, a Feature or a geometry was expected, but it begins "[{ "name": "Aula Medica", "lat": 59.3489, "lon": 18.0267 }]".',
    );
    for (const text of [
      '{"name":"x"}',
      '{"type":"Topology"}',
      '{"type":"FeatureCollection"}',
      '"text"',
      '42',
      'null',
    ]) {
      expect(parseImport('x.json', text).fatal?.code, text).toBe('not-geojson');
    }
  });

  it('linestring.geojson: line geometries are skipped per feature, the point kept', () => {
    const r = parseFixture('linestring.geojson');
    expect(r.fatal).toBeUndefined();
    expect(r.problems).toEqual([
      { code: 'unsupported-geometry', feature: 1, column: 'geometry', value: 'LineString' },
      { code: 'unsupported-geometry', feature: 2, column: 'geometry', value: 'MultiLineString' },
    ]);
    expect(r.features).toHaveLength(1);
    expect(en(r.problems[0])).toBe(
      'Feature 1: the geometry type "LineString" is not supported; use Point, MultiPoint, Polygon or MultiPolygon.',
    );
    expect(sv(r.problems[0])).toBe(
      'Objekt 1: geometritypen "LineString" stöds inte; använd Point, MultiPoint, Polygon eller MultiPolygon.',
    );
  });

  it('unclosed-polygon.geojson: both polygons invalid, so fatal "no-features" with the problems listed', () => {
    const r = parseFixture('unclosed-polygon.geojson');
    expect(r.fatal).toEqual({ code: 'no-features' });
    expect(r.problems).toEqual([
      { code: 'invalid-polygon', feature: 1, column: 'geometry' },
      { code: 'invalid-polygon', feature: 2, column: 'geometry' },
    ]);
    expect(r.total).toBe(2);
    expect(en(r.problems[0])).toBe(
      'Feature 1: the polygon is not valid: every ring needs at least 4 positions and must end where it starts.',
    );
    expect(sv(r.problems[0])).toBe(
      'Objekt 1: polygonen är ogiltig: varje ring behöver minst 4 positioner och måste sluta där den börjar.',
    );
  });

  it('checks every position: a polygon with one vertex outside is skipped; swapped points named', () => {
    const r = parseImport(
      'x.geojson',
      JSON.stringify({
        type: 'FeatureCollection',
        features: [
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'Polygon',
              coordinates: [
                [
                  [18.02, 59.345],
                  [18.036, 59.345],
                  [19.5, 59.352],
                  [18.02, 59.345],
                ],
              ],
            },
          },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [59.3489, 18.0267] } },
          { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['18.0267', 59.3489] } },
          { type: 'Feature', properties: {}, geometry: null },
          { type: 'Feature', properties: {}, geometry: { type: 'GeometryCollection', geometries: [] } },
          {
            type: 'Feature',
            properties: {},
            geometry: {
              type: 'MultiPoint',
              coordinates: [
                [18.0267, 59.3489],
                [11.97, 57.7],
              ],
            },
          },
          'not a feature',
          { type: 'Topology', geometry: { type: 'Point', coordinates: [18.0267, 59.3489] } },
        ],
      }),
    );
    expect(r.problems).toEqual([
      { code: 'outside-region', feature: 1, column: 'geometry', value: '[19.5,59.352]' },
      { code: 'swapped', feature: 2, column: 'geometry', value: '[59.3489,18.0267]' },
      { code: 'bad-number', feature: 3, column: 'geometry', value: '["18.0267",59.3489]' },
      { code: 'missing-coordinate', feature: 4, column: 'geometry' },
      { code: 'unsupported-geometry', feature: 5, column: 'geometry', value: 'GeometryCollection' },
      { code: 'outside-region', feature: 6, column: 'geometry', value: '[11.97,57.7]' },
      { code: 'not-geojson', feature: 7, value: '"not a feature"' },
      { code: 'not-geojson', feature: 8, value: '{"type":"Topology","geometry":{"type":"Point","coordinates"…' },
    ]);
    expect(r.features).toHaveLength(1);
    expect(r.total).toBe(9);
    expect(en(r.problems[1])).toBe(
      'Feature 2: the position [59.3489,18.0267] looks swapped: GeoJSON wants [longitude, latitude]. The feature was skipped.',
    );
    expect(sv(r.problems[1])).toBe(
      'Objekt 2: positionen [59.3489,18.0267] ser omkastad ut: GeoJSON ska ha [longitud, latitud]. Objektet hoppades över.',
    );
    expect(en(r.problems[3])).toBe('Feature 4: the geometry or its coordinates are missing.');
  });
});

describe('format choice', () => {
  it('goes by extension, then sniffs the content', () => {
    const csv = 'lat,lon\n59.3489,18.0267\n';
    const gj = '{"type":"Point","coordinates":[18.0267,59.3489]}';
    expect(parseImport('LABS.CSV', csv).format).toBe('csv');
    expect(parseImport('labs.txt', csv).format).toBe('csv');
    expect(parseImport('labs', csv).features).toHaveLength(1);
    expect(parseImport('export.dat', gj)).toMatchObject({ format: 'geojson', total: 1 });
    expect(parseImport('labs.json', csv).fatal?.code).toBe('not-json');
    expect(parseImport('LABS.JSON', csv).fatal?.code).toBe('not-json');
    // KML on one line has a comma, but is not a CSV.
    const kmlLine = '<kml><Placemark><Point><coordinates>18.0267,59.3489</coordinates></Point></Placemark></kml>';
    expect(parseImport('labs.kml', kmlLine).fatal?.code).toBe('unknown-format');
    const kml = parseImport('labs.kml', '<?xml version="1.0"?><kml></kml>');
    expect(kml.fatal).toEqual({ code: 'unknown-format', value: 'labs.kml' });
    expect(en(kml.fatal!)).toBe(
      '"labs.kml" is not a file the atlas can read; use GeoJSON (.geojson, .json) or CSV (.csv, .tsv, .txt).',
    );
    expect(sv(kml.fatal!)).toBe(
      '"labs.kml" är inte en fil som atlasen kan läsa; använd GeoJSON (.geojson, .json) eller CSV (.csv, .tsv, .txt).',
    );
    expect(parseImport('blob.bin', 'PK\u0003\u0004\u0000\u0000binary').fatal?.code).toBe('unknown-format');
  });

  it('a BOM before JSON is fine', () => {
    expect(parseImport('a.geojson', '\uFEFF{"type":"Point","coordinates":[18.0267,59.3489]}').features).toHaveLength(1);
  });
});

describe('robustness', () => {
  it('truncates raw values to 60 characters', () => {
    const long = 'x'.repeat(200);
    const r = parseImport('a.csv', `lat,lon\n${long},18\n59.3,18\n`);
    expect(r.problems[0].value).toHaveLength(60);
    expect(r.problems[0].value!.endsWith('…')).toBe(true);
  });

  it('names a GeoJSON property as a property, and the geometry not at all', () => {
    expect(en({ code: 'bad-number', feature: 3, column: 'staff', value: 'many' })).toBe(
      'Feature 3, property staff: the coordinates "many" are not numbers.',
    );
    expect(sv({ code: 'missing-coordinate', feature: 3, column: 'geometry' })).toBe(
      'Objekt 3: geometrin eller dess koordinater saknas.',
    );
  });

  it('describes control characters in values as spaces', () => {
    expect(en({ code: 'bad-number', line: 3, column: 'lat', value: 'a\nb' })).toBe(
      'Line 3, column lat: "a b" is not a number.',
    );
  });

  it('never throws, and keeps its promises, on hostile and random input', () => {
    const inputs: [string, string][] = [
      ['a.geojson', '['.repeat(100_000)],
      [
        'a.geojson',
        JSON.stringify({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[1, 2]]] }, properties: [1] }),
      ],
      ['a.geojson', JSON.stringify({ type: 'Feature', geometry: { type: 'MultiPolygon', coordinates: 'x' } })],
      ['a.geojson', JSON.stringify({ type: 'Feature', geometry: { type: 'Point', coordinates: [1e308, -1e308] } })],
      ['a.geojson', JSON.stringify({ type: 'FeatureCollection', features: [null, 1, [], {}] })],
      ['a.csv', '"'],
      ['a.csv', '""""'],
      ['a.csv', ',,,\n,,,'],
      ['a.csv', 'lat\tlon\n1e400\t18'],
      ['a.csv', '\u0000\u0001'],
      ['a.csv', `lat,lon\n${'59.3,18.0,'.repeat(10_000)}`],
      ['', ''],
      ['noext', '\uFEFF'],
    ];
    const rand = seededRandom(42);
    const alphabet = 'lat,lon;\t"\n\r 59.3418,0x{}[]:"typeFeaturePoint';
    for (let i = 0; i < 300; i++) {
      let s = i % 2 ? 'lat,lon\n' : '';
      const len = Math.floor(rand() * 200);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      inputs.push([i % 3 === 0 ? 'r.geojson' : i % 3 === 1 ? 'r.csv' : 'r', s]);
    }
    for (const [name, text] of inputs) {
      let r: ParseResult | undefined;
      expect(() => {
        r = parseImport(name, text);
      }).not.toThrow();
      expectConsistent(r!);
      for (const p of [...r!.problems, ...(r!.fatal ? [r!.fatal] : [])]) {
        expect(describeImportProblem(p, 'sv').length).toBeGreaterThan(0);
        expect(describeImportProblem(p, 'en').length).toBeGreaterThan(0);
      }
    }
    // Non-string input from untyped callers.
    expect(parseImport(undefined as unknown as string, null as unknown as string).fatal?.code).toBe('empty');
  });

  it('all good fixtures keep their promises', () => {
    for (const name of [
      'comma.csv',
      'semicolon-decimal-comma.csv',
      'bom.csv',
      'tab.tsv',
      'sweref99tm.csv',
      'quoted-fields.csv',
      'points.geojson',
      'polygons.geojson',
      'single-feature.geojson',
      'multipoint.geojson',
      'hostile.csv',
    ]) {
      const r = parseFixture(name);
      expect(r.fatal, name).toBeUndefined();
      expect(r.problems, name).toEqual([]);
      expectConsistent(r);
    }
  });
});
