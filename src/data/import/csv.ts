import { looksMetric, resolvePosition, setProp, truncate } from './position';
import type { Crs, ImportProblem, ImportedFeature, ParseResult } from './types';

const QUOTE = 34, LF = 10, CR = 13, SPACE = 32, TAB = 9;

interface CsvRecord { cells: string[]; line: number }

/** The separator of the first line, counting only characters outside quotes. Tab wins ties, then semicolon. */
export function detectSeparator(text: string): string {
  let comma = 0, semi = 0, tab = 0, inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (c === LF || c === CR) break;
    else if (c === 44) comma++;
    else if (c === 59) semi++;
    else if (c === TAB) tab++;
  }
  if (tab > 0 && tab >= semi && tab >= comma) return '\t';
  if (semi > 0 && semi >= comma) return ';';
  return ',';
}

function countLineBreaks(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === LF || (c === CR && s.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/** RFC 4180 records (quotes, doubled quotes, line breaks inside quotes; CRLF, LF or CR), cells trimmed, with the line each starts on. */
export function readCsvRecords(text: string, sep: string, firstLine = 1): CsvRecord[] {
  const out: CsvRecord[] = [];
  const n = text.length;
  const sepCode = sep.charCodeAt(0);
  let i = 0, line = firstLine;
  while (i < n) {
    const cells: string[] = [];
    const startLine = line;
    for (;;) {
      let k = i;
      while (k < n) {
        const c = text.charCodeAt(k);
        if ((c === SPACE || c === TAB) && c !== sepCode) k++; else break;
      }
      let cell: string;
      if (k < n && text.charCodeAt(k) === QUOTE) {
        let start = k + 1, raw = '';
        for (;;) {
          const q = text.indexOf('"', start);
          if (q === -1) { raw += text.slice(start); i = n; break; }
          if (text.charCodeAt(q + 1) === QUOTE) { raw += text.slice(start, q + 1); start = q + 2; continue; }
          raw += text.slice(start, q);
          i = q + 1;
          break;
        }
        line += countLineBreaks(raw);
        // Be lenient with text between the closing quote and the separator: keep it.
        let j = i;
        while (j < n) { const c = text.charCodeAt(j); if (c === sepCode || c === LF || c === CR) break; j++; }
        cell = j > i ? raw + text.slice(i, j) : raw;
        i = j;
      } else {
        let j = i;
        while (j < n) { const c = text.charCodeAt(j); if (c === sepCode || c === LF || c === CR) break; j++; }
        cell = text.slice(i, j);
        i = j;
      }
      cells.push(cell.trim());
      if (i >= n) break;
      const c = text.charCodeAt(i);
      if (c === sepCode) {
        i++;
        if (i >= n) { cells.push(''); break; }
        continue;
      }
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
      line++;
      break;
    }
    out.push({ cells, line: startLine });
  }
  return out;
}

const isBlank = (cells: string[]) => cells.every((c) => c === '');

/* ---------- header detection ---------- */

const LAT_GROUPS = [
  ['lat', 'latitude', 'latitud'],
  ['nord', 'northing'],
  ['n'],
  ['y'],
];
const LON_GROUPS = [
  ['lon', 'lng', 'long', 'longitude', 'longitud'],
  ['ost', 'öst', 'easting'],
  ['e'],
  ['x'],
];
const SWEREF_TOKEN = /sweref\s*[-_]?\s*99\s*[-_]?\s*tm|sweref\s*[-_]?\s*99|sweref/;
const WGS_TOKEN = /wgs\s*[-_]?\s*84/;
const NOT_LETTER = /[^a-zåäö]/g;

function normalizeHeader(h: string): { key: string; sweref: boolean } {
  const lower = h.toLowerCase();
  const sweref = SWEREF_TOKEN.test(lower);
  const key = lower.replace(SWEREF_TOKEN, '').replace(WGS_TOKEN, '').replace(NOT_LETTER, '');
  return { key, sweref };
}

function findGroupColumn(keys: string[], names: string[]): number {
  for (const name of names) {
    const at = keys.indexOf(name);
    if (at !== -1) return at;
  }
  return -1;
}

interface CoordColumns { lat: number; lon: number; group: number; swerefHeader: boolean }

/** The latitude/northing and longitude/easting columns: the first complete group (lat/lon, nord/öst, n/e, y/x), else a mixed pair. */
function findCoordinateColumns(headers: string[]): CoordColumns | null {
  const norm = headers.map(normalizeHeader);
  const keys = norm.map((h) => h.key);
  const swerefHeader = norm.some((h) => h.sweref);
  for (let g = 0; g < LAT_GROUPS.length; g++) {
    const lat = findGroupColumn(keys, LAT_GROUPS[g]);
    const lon = findGroupColumn(keys, LON_GROUPS[g]);
    if (lat !== -1 && lon !== -1 && lat !== lon) return { lat, lon, group: g, swerefHeader };
  }
  const lat = findGroupColumn(keys, LAT_GROUPS.flat());
  const lon = findGroupColumn(keys, LON_GROUPS.flat());
  if (lat !== -1 && lon !== -1 && lat !== lon) return { lat, lon, group: -1, swerefHeader };
  return null;
}

/* ---------- numbers ---------- */

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;
const GROUP_SPACES = /[ \u00a0\u202f]/g;

/** A coordinate cell as a number: decimal comma where the separator allows it, "6 580 822" digit groups, "−" minus. */
export function parseCoordinate(raw: string, decimalComma: boolean): number | null {
  let s = raw;
  if (s.charCodeAt(0) === 0x2212) s = `-${s.slice(1)}`;
  if (GROUPED.test(s)) s = s.replace(GROUP_SPACES, '');
  if (decimalComma && s.indexOf(',') !== -1) {
    if (s.indexOf('.') !== -1) return null;
    s = s.replace(',', '.');
  }
  if (!NUMBER.test(s)) return null;
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/* ---------- the file ---------- */

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
