/**
 * Pure parsers for planners' own data files (GeoJSON or CSV) dropped onto the atlas.
 * No React, DOM or MapLibre here: text in, features and precise problems out. Never throws.
 */
import { parseCsv } from './csv';
import { parseGeoJson } from './geojson';
import { truncate } from './position';
import type { ImportProblem, ParseProgress, ParseResult } from './types';

export type {
  ImportedGeometry,
  ImportedProps,
  ImportProblemCode,
  ImportProblem,
  ParseProgress,
  ParseResult,
} from './types';
export { describeImportProblem, describeImportFailure } from './messages';
import { decodeImportBytes } from './decode';

export { decodeImportBytes };

export const MAX_IMPORT_BYTES: number = 25 * 1024 * 1024;

/** Called with the file size before reading it: a fatal 'too-large' problem above the limit, else null. */
export function checkImportSize(bytes: number): ImportProblem | null {
  return bytes > MAX_IMPORT_BYTES ? { code: 'too-large', value: String(bytes) } : null;
}

const GEOJSON_EXT = new Set(['geojson', 'json']);
const CSV_EXT = new Set(['csv', 'txt', 'tsv']);

function extension(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** GeoJSON, CSV or neither, from the content alone. */
function sniff(text: string): 'geojson' | 'csv' | null {
  const c = text.charAt(0);
  if (c === '{' || c === '[') return 'geojson';
  if (c === '<' || text.indexOf('\u0000') !== -1) return null; // XML/KML/HTML or binary
  const end = text.search(/[\r\n]/);
  const first = end === -1 ? text : text.slice(0, end);
  return /[,;\t]/.test(first) ? 'csv' : null;
}

/** Parse by file name extension (.geojson/.json → GeoJSON, .csv/.txt/.tsv → CSV) and content sniffing when the extension is unknown. Never throws. */
export function parseImport(fileName: string, text: string, progress?: ParseProgress): ParseResult {
  let format: ParseResult['format'] = 'csv';
  const fatal = (p: ImportProblem): ParseResult => ({
    format,
    crs: 'WGS84',
    features: [],
    problems: [],
    fatal: p,
    fields: [],
    total: 0,
  });
  try {
    const name = typeof fileName === 'string' ? fileName : '';
    const ext = extension(name);
    if (GEOJSON_EXT.has(ext)) format = 'geojson';
    const body = (typeof text === 'string' ? text : '').replace(/^\uFEFF/, '');
    if (body.length > MAX_IMPORT_BYTES) return fatal({ code: 'too-large', value: String(body.length) });
    if (body.trim() === '') return fatal({ code: 'empty' });
    if (GEOJSON_EXT.has(ext)) return parseGeoJson(body, progress);
    if (CSV_EXT.has(ext)) return parseCsv(body, progress);
    const kind = sniff(body.trimStart());
    if (kind === 'geojson') {
      format = 'geojson';
      return parseGeoJson(body, progress);
    }
    if (kind === 'csv') return parseCsv(body, progress);
    return fatal({ code: 'unknown-format', value: truncate(name || '?') });
  } catch (e) {
    // Should be unreachable; a parser bug must still not break the page.
    return fatal({ code: 'unknown-format', value: truncate(e instanceof Error ? e.message : String(e)) });
  }
}

/**
 * A file's bytes to features: the encoding detected (decode.ts), then parseImport. A file that is
 * not text (a workbook) comes back as a fatal problem like any other. Never throws.
 */
export function parseImportBytes(fileName: string, bytes: Uint8Array, progress?: ParseProgress): ParseResult {
  const decoded = decodeImportBytes(bytes);
  if ('fatal' in decoded)
    return { format: 'csv', crs: 'WGS84', features: [], problems: [], fatal: decoded.fatal, fields: [], total: 0 };
  return parseImport(fileName, decoded.text, progress);
}
