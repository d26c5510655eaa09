import { findCoordinateColumns, parseCoordinate } from './csv-columns';
import { detectSeparator, readCsvRecords } from './csv-read';
import { looksMetric, resolvePosition, setProp, truncate } from './position';
import type { Crs, ImportProblem, ImportedFeature, ParseResult } from './types';

const isBlank = (cells: string[]) => cells.every((c) => c === '');
const SEP_HINT = /^sep=(.)\s*$/i;

export function parseCsv(text: string): ParseResult {
  const result: ParseResult = { format: 'csv', crs: 'WGS84', features: [], problems: [], fields: [], total: 0 };
  const fail = (p: ImportProblem): ParseResult => ({ ...result, features: [], fatal: p });

  // Excel's optional first line "sep=;".
  let body = text, firstLine = 1, sep: string;
  const firstBreak = text.search(/\r?\n|\r/);
  const hint = SEP_HINT.exec(firstBreak === -1 ? text : text.slice(0, firstBreak));
  if (hint) {
    sep = hint[1];
    body = firstBreak === -1 ? '' : text.slice(firstBreak).replace(/^\r?\n|^\r/, '');
    firstLine = 2;
  } else {
    sep = detectSeparator(text.trimStart());
  }

  const records = readCsvRecords(body, sep, firstLine);
  const headerAt = records.findIndex((r) => !isBlank(r.cells));
  if (headerAt === -1) return fail({ code: 'empty' });
  const headers = records[headerAt].cells;
  const cols = findCoordinateColumns(headers);
  if (!cols) return fail({ code: 'no-coordinate-columns', value: truncate(headers.join(', ')) });

  // Property names: headers minus the coordinate columns, made unique and non-empty.
  const names: (string | null)[] = [];
  const seen = new Set<string>();
  headers.forEach((h, idx) => {
    if (idx === cols.lat || idx === cols.lon) { names.push(null); return; }
    let name = h === '' ? `column_${idx + 1}` : h;
    for (let k = 2; seen.has(name); k++) name = `${h || `column_${idx + 1}`}_${k}`;
    seen.add(name);
    names.push(name);
  });
  result.fields = names.filter((x): x is string => x !== null);

  const rows = records.slice(headerAt + 1).filter((r) => !isBlank(r.cells));
  result.total = rows.length;

  const decimalComma = sep !== ',';
  let latCol = cols.lat, lonCol = cols.lon;
  // CRS per file: SWEREF 99 TM if a header says so, or if sampled values are metres rather than degrees.
  let metric = 0, degrees = 0, xIsNorthing = 0;
  for (let r = 0; r < rows.length && metric + degrees < 50; r++) {
    const a = parseCoordinate(rows[r].cells[latCol] ?? '', decimalComma);
    const b = parseCoordinate(rows[r].cells[lonCol] ?? '', decimalComma);
    if (a === null || b === null) continue;
    if (looksMetric(a, b)) { metric++; if (a < b) xIsNorthing++; }
    else if (Math.abs(a) <= 180 && Math.abs(b) <= 180) degrees++;
  }
  const headerHint = cols.group === 1 || cols.group === 2;
  const crs: Crs = cols.swerefHeader || metric > degrees || (metric + degrees === 0 && headerHint) ? 'SWEREF99TM' : 'WGS84';
  result.crs = crs;
  // Swedish geodetic convention names northing X and easting Y: with x/y headers, follow what the values say.
  if (crs === 'SWEREF99TM' && cols.group === 3 && xIsNorthing * 2 > metric) { latCol = cols.lon; lonCol = cols.lat; }

  const latName = headers[latCol], lonName = headers[lonCol];
  for (const row of rows) {
    const { cells, line } = row;
    const latRaw = cells[latCol] ?? '', lonRaw = cells[lonCol] ?? '';
    if (latRaw === '') { result.problems.push({ code: 'missing-coordinate', line, column: latName }); continue; }
    const lat = parseCoordinate(latRaw, decimalComma);
    if (lat === null) { result.problems.push({ code: 'bad-number', line, column: latName, value: truncate(latRaw) }); continue; }
    if (lonRaw === '') { result.problems.push({ code: 'missing-coordinate', line, column: lonName }); continue; }
    const lon = parseCoordinate(lonRaw, decimalComma);
    if (lon === null) { result.problems.push({ code: 'bad-number', line, column: lonName, value: truncate(lonRaw) }); continue; }
    const placed = resolvePosition(lat, lon, crs);
    if (!placed.ok) {
      result.problems.push({ code: placed.code, line, value: truncate(`${latName}=${latRaw}, ${lonName}=${lonRaw}`) });
      continue;
    }
    const properties: Record<string, string> = {};
    for (let c = 0; c < names.length; c++) {
      const name = names[c];
      if (name !== null) setProp(properties, name, cells[c] ?? '');
    }
    const feature: ImportedFeature = { type: 'Feature', geometry: { type: 'Point', coordinates: placed.position }, properties };
    result.features.push(feature);
  }
  if (result.features.length === 0) return fail({ code: 'no-features' });
  return result;
}
