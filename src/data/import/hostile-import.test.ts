import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeImportBytes } from './decode';
import { describeImportFailure, describeImportProblem } from './messages';
import { parseImport } from './parse-import';

const fixture = (name: string) => new Uint8Array(readFileSync(`test/fixtures/hostile/${name}`));
const text = (bytes: Uint8Array) => {
  const d = decodeImportBytes(bytes);
  if ('fatal' in d) throw new Error(d.fatal.code);
  return d;
};
const names = (csv: string) => parseImport('x.csv', csv).features.map((f) => f.properties.namn ?? f.properties.name);

describe('the bytes people’s files come in (#16)', () => {
  it('Swedish Excel’s "CSV (semikolonavgränsad)" is Windows-1252: å, ä and ö survive', () => {
    const d = text(fixture('excel-sv-windows-1252.csv'));
    expect(d.encoding).toBe('windows-1252');
    expect(d.text).not.toContain('\uFFFD');
    const r = parseImport('sjukhus.csv', d.text);
    expect(r.fields).toEqual(['namn', 'ägare']);
    expect(r.features.map((f) => f.properties.namn)).toEqual([
      'Södersjukhuset',
      'Karolinska Universitetssjukhuset Huddinge',
      'Ångströmlaboratoriet',
    ]);
  });

  it('UTF-16 with a byte order mark (Excel’s "Unicode text"), both byte orders', () => {
    const le = text(fixture('utf-16le-bom.csv'));
    expect(le.encoding).toBe('utf-16le');
    expect(names(le.text)).toContain('Södersjukhuset');
    const be = new Uint8Array([0xfe, 0xff, ...[...'name,lat,lon\nÖ,59.3,18.0\n'].flatMap((c) => [0, c.charCodeAt(0)])]);
    expect(text(be)).toEqual({ text: 'name,lat,lon\nÖ,59.3,18.0\n', encoding: 'utf-16be' });
  });

  it('UTF-16 without a byte order mark is recognised by its zero bytes', () => {
    const bytes = new Uint8Array([...'name,lat,lon\nÄ,59.3,18.0\n'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(text(bytes)).toEqual({ text: 'name,lat,lon\nÄ,59.3,18.0\n', encoding: 'utf-16le' });
  });

  it('UTF-8 with and without a BOM stays UTF-8', () => {
    const utf8 = new TextEncoder().encode('name,lat,lon\nSödersjukhuset,59.3106,18.0526\n');
    expect(text(utf8).encoding).toBe('utf-8');
    expect(text(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])).text).toBe(
      'name,lat,lon\nSödersjukhuset,59.3106,18.0526\n',
    );
  });

  it('an .xlsx (a ZIP) or an .xls renamed .csv is named for what it is', () => {
    const zip = decodeImportBytes(fixture('workbook-renamed.csv'));
    expect(zip).toEqual({ fatal: { code: 'workbook', value: 'zip' } });
    if (!('fatal' in zip)) return;
    expect(describeImportProblem(zip.fatal, 'en')).toMatch(
      /^The file is a ZIP archive, such as an Excel workbook \(\.xlsx\) renamed, not text\. Save it from Excel as CSV/,
    );
    expect(describeImportProblem(zip.fatal, 'sv')).toMatch(/^Filen är ett ZIP-arkiv/);
    const xls = decodeImportBytes(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    expect(xls).toEqual({ fatal: { code: 'workbook', value: 'xls' } });
  });
});

describe('column names in linear time', () => {
  it('a header repeating one name 100,000 times parses in seconds, not hours', () => {
    const header = [...Array.from({ length: 100_000 }, () => 'a'), 'lat', 'lon'].join(',');
    const row = [...Array.from({ length: 100_000 }, () => ''), '59.3', '18.0'].join(',');
    const started = performance.now();
    const r = parseImport('x.csv', `${header}\n${row}\n`);
    const ms = performance.now() - started;
    expect(r.fields.slice(0, 3)).toEqual(['a', 'a_2', 'a_3']);
    expect(new Set(r.fields).size).toBe(100_000);
    // Counting up from _2 for every repeat is 5e9 steps here (minutes); linear is well under a
    // second alone. The bound only has to tell the two apart on a machine busy with other tests.
    expect(ms).toBeLessThan(20_000);
  }, 60_000);

  it('a suffix never collides with a column already named like one', () => {
    expect(parseImport('x.csv', 'a,a_2,a,a,lat,lon\n1,2,3,4,59.3,18.0\n').fields).toEqual(['a', 'a_2', 'a_3', 'a_4']);
  });
});

describe('when no row is usable, the message says why', () => {
  it('degrees, minutes and seconds are named, with the commonest reasons and a line and column', () => {
    const csv = 'name;lat;lon\nA;59°20′N;18°03′E\nB;59°21′N;18°04′E\nC;59 22 10 N;18 05 00 E\nD;18,0;59,3\n';
    const r = parseImport('dms.csv', csv);
    expect(r.fatal).toEqual({ code: 'no-features' });
    expect(r.problems[0]).toEqual({ code: 'bad-number', line: 2, column: 'lat', value: '59°20′N', found: 'dms' });
    expect(describeImportFailure(r, 'en')).toBe(
      'The file has no usable points or areas. Commonest reasons: 3 rows, e.g. Line 2, column lat: "59°20′N" is in degrees, minutes and seconds; write decimal degrees (such as 59.3333 for 59°20′).' +
        " · 1 row, e.g. Line 5: the position lat=18,0, lon=59,3 looks swapped: latitude and longitude are in each other's columns. The row was skipped.",
    );
    expect(describeImportFailure(r, 'sv')).toMatch(
      /^Filen innehåller inga användbara punkter eller områden\. Vanligaste orsakerna: 3 rader, t\.ex\. Rad 2, kolumn lat: "59°20′N" är grader, minuter och sekunder/,
    );
  });

  it('RT 90 coordinates are recognised as RT 90 and converted (they were only named before)', () => {
    const r = parseImport('rt90.csv', 'namn;X;Y\nCentralen;6580994;1628294\n');
    expect(r.crs).toBe('RT90');
    expect(r.problems).toEqual([]);
    // Published: 18.059196, 59.330231 (parse-import.test.ts has the source and the 1 m check).
    expect(r.features.map((f) => f.geometry.coordinates)).toEqual([[18.059198, 59.330229]]);
  });

  it('a header with no rows keeps the short message', () => {
    const r = parseImport('x.csv', 'name,lat,lon\n');
    expect(describeImportFailure(r, 'en')).toBe('The file has no usable points or areas.');
  });
});

describe('progress of a big parse (#16)', () => {
  const rows = (n: number) =>
    ['name,lat,lon', ...Array.from({ length: n }, (_, i) => `P${i},59.${3000 + (i % 900)},18.0${i % 10}`)].join('\n');

  it('a CSV tells how far it has come, rising, within 0–1, and the result is the same as without', () => {
    const text = rows(60_000);
    const seen: number[] = [];
    const r = parseImport('big.csv', text, (f) => seen.push(f));
    expect(seen.length).toBeGreaterThanOrEqual(5); // records read, then rows checked, every 20,000
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen.every((f) => f > 0 && f <= 1)).toBe(true);
    expect(r).toEqual(parseImport('big.csv', text));
  }, 30_000);

  it('a GeoJSON tells it too', () => {
    const features = Array.from({ length: 50_000 }, (_, i) => ({
      type: 'Feature',
      properties: { i },
      geometry: { type: 'Point', coordinates: [18.03, 59.3 + (i % 100) / 1000] },
    }));
    const seen: number[] = [];
    parseImport('big.geojson', JSON.stringify({ type: 'FeatureCollection', features }), (f) => seen.push(f));
    expect(seen).toEqual([0.4, 0.8]);
  });
});
