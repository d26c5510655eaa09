import { findCoordinateColumns, parseCoordinate } from './csv-columns';
import { detectSeparator, readCsvRecords } from './csv-read';
import { looksMetric, looksRt90, resolvePosition, setProp, truncate } from './position';
import type { Crs, ImportProblem, ImportedFeature, ParseProgress, ParseResult } from './types';

const isBlank = (cells: string[]) => cells.every((c) => c === '');

/** Degrees with minutes (59°20′, 59 20 30 N, 59:20:30): a position, but not one we guess at. */
const DMS =
  /^[+-]?\d{1,3}\s*[°º:d ]\s*\d{1,2}(?:[.,]\d+)?\s*(?:['′:m ]\s*(?:\d{1,2}(?:[.,]\d+)?\s*["″s]?)?)?\s*[NSEWÖVnsewöv]?$|^\d{1,3}(?:[.,]\d+)?\s*°\s*[NSEWÖVnsewöv]?$/;
const looksDms = (raw: string) => DMS.test(raw.trim());

const SEP_HINT = /^sep=(.)\s*$/i;

/** Reading the records is about half the work of a big file, checking the rows the other half. */
export function parseCsv(text: string, progress?: ParseProgress): ParseResult {
  const result: ParseResult = { format: 'csv', crs: 'WGS84', features: [], problems: [], fields: [], total: 0 };
  const fail = (p: ImportProblem): ParseResult => ({ ...result, features: [], fatal: p });

  // Excel's optional first line "sep=;".
  let body = text,
    firstLine = 1,
    sep: string;
  const firstBreak = text.search(/\r?\n|\r/);
  const hint = SEP_HINT.exec(firstBreak === -1 ? text : text.slice(0, firstBreak));
  if (hint) {
    sep = hint[1];
    body = firstBreak === -1 ? '' : text.slice(firstBreak).replace(/^\r?\n|^\r/, '');
    firstLine = 2;
  } else {
    sep = detectSeparator(text.trimStart());
  }

  const records = readCsvRecords(body, sep, firstLine, progress && ((f) => progress(f * 0.5)));
  const headerAt = records.findIndex((r) => !isBlank(r.cells));
  if (headerAt === -1) return fail({ code: 'empty' });
  const headers = records[headerAt].cells;
  const cols = findCoordinateColumns(headers);
  if (!cols) return fail({ code: 'no-coordinate-columns', value: truncate(headers.join(', ')) });

  // Property names: headers minus the coordinate columns, made unique and non-empty.
  // Linear time: each base name remembers the next suffix to try, so a header repeating one name
  // 300,000 times costs 300,000 steps, not the 4.5e10 of counting up from _2 every time.
  const names: (string | null)[] = [];
  const seen = new Set<string>();
  const nextSuffix = new Map<string, number>();
  headers.forEach((h, idx) => {
    if (idx === cols.lat || idx === cols.lon) {
      names.push(null);
      return;
    }
    const base = h === '' ? `column_${idx + 1}` : h;
    let name = base;
    if (seen.has(name)) {
      let k = nextSuffix.get(base) ?? 2;
      while (seen.has(`${base}_${k}`)) k++;
      name = `${base}_${k}`;
      nextSuffix.set(base, k + 1);
    }
    seen.add(name);
    names.push(name);
  });
  result.fields = names.filter((x): x is string => x !== null);

  const rows = records.slice(headerAt + 1).filter((r) => !isBlank(r.cells));
  result.total = rows.length;

  const decimalComma = sep !== ',';
  let latCol = cols.lat,
    lonCol = cols.lon;
  // CRS per file: a header that names SWEREF 99 TM or RT 90 decides; else what sampled values are:
  // SWEREF 99 TM metres, RT 90 metres (eastings 1.2–1.9 million) or degrees.
  let metric = 0,
    rt90 = 0,
    degrees = 0,
    xIsNorthing = 0;
  for (let r = 0; r < rows.length && metric + rt90 + degrees < 50; r++) {
    const a = parseCoordinate(rows[r].cells[latCol] ?? '', decimalComma);
    const b = parseCoordinate(rows[r].cells[lonCol] ?? '', decimalComma);
    if (a === null || b === null) continue;
    if (looksMetric(a, b) || looksRt90(a, b)) {
      if (looksRt90(a, b)) rt90++;
      else metric++;
      if (a < b) xIsNorthing++;
    } else if (Math.abs(a) <= 180 && Math.abs(b) <= 180) degrees++;
  }
  const headerHint = cols.group === 1 || cols.group === 2;
  const crs: Crs = cols.rt90Header
    ? 'RT90'
    : cols.swerefHeader
      ? 'SWEREF99TM'
      : rt90 > metric && rt90 > degrees
        ? 'RT90'
        : metric > degrees || (metric + degrees === 0 && headerHint)
          ? 'SWEREF99TM'
          : 'WGS84';
  result.crs = crs;
  // Swedish geodetic convention names northing X and easting Y: with x/y headers, follow what the values say.
  if (crs !== 'WGS84' && cols.group === 3 && xIsNorthing * 2 > metric + rt90) {
    latCol = cols.lon;
    lonCol = cols.lat;
  }

  const latName = headers[latCol],
    lonName = headers[lonCol];
  for (let r = 0; r < rows.length; r++) {
    if (progress && r % 20_000 === 0 && r > 0) progress(0.5 + (r / rows.length) * 0.5);
    const { cells, line } = rows[r];
    const latRaw = cells[latCol] ?? '',
      lonRaw = cells[lonCol] ?? '';
    if (latRaw === '') {
      result.problems.push({ code: 'missing-coordinate', line, column: latName });
      continue;
    }
    const lat = parseCoordinate(latRaw, decimalComma);
    if (lat === null) {
      result.problems.push({
        code: 'bad-number',
        line,
        column: latName,
        value: truncate(latRaw),
        ...(looksDms(latRaw) && { found: 'dms' }),
      });
      continue;
    }
    if (lonRaw === '') {
      result.problems.push({ code: 'missing-coordinate', line, column: lonName });
      continue;
    }
    const lon = parseCoordinate(lonRaw, decimalComma);
    if (lon === null) {
      result.problems.push({
        code: 'bad-number',
        line,
        column: lonName,
        value: truncate(lonRaw),
        ...(looksDms(lonRaw) && { found: 'dms' }),
      });
      continue;
    }
    const placed = resolvePosition(lat, lon, crs);
    if (!placed.ok) {
      // RT 90 in a file read as another grid (a mixed file): named, not guessed.
      const found =
        placed.code === 'outside-region' && crs !== 'RT90' && looksRt90(lat, lon) ? { found: 'rt90' as const } : {};
      result.problems.push({
        code: placed.code,
        line,
        value: truncate(`${latName}=${latRaw}, ${lonName}=${lonRaw}`),
        ...found,
      });
      continue;
    }
    const properties: Record<string, string> = {};
    for (let c = 0; c < names.length; c++) {
      const name = names[c];
      if (name !== null) setProp(properties, name, cells[c] ?? '');
    }
    const feature: ImportedFeature = {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: placed.position },
      properties,
    };
    result.features.push(feature);
  }
  if (result.features.length === 0) return fail({ code: 'no-features' });
  return result;
}
