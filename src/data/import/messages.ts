import { REGION } from '../layers';
import type { ImportProblem, ParseResult } from './types';

type Lang = 'sv' | 'en';

/** Quoted for a sentence, line breaks and other control characters shown as spaces. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f]+/g;
const clean = (v: string) => v.replace(CONTROL, ' ');
const q = (v: string) => `"${clean(v)}"`;

const num = (n: number, lang: Lang) => (lang === 'sv' ? String(n).replace('.', ',') : String(n));
const region = (lang: Lang) =>
  lang === 'sv'
    ? `latitud ${num(REGION.south, lang)}–${num(REGION.north, lang)}, longitud ${num(REGION.west, lang)}–${num(REGION.east, lang)}`
    : `latitude ${REGION.south}–${REGION.north}, longitude ${REGION.west}–${REGION.east}`;

function megabytes(value: string | undefined, lang: Lang): string | null {
  const bytes = Number(value);
  if (value === undefined || !Number.isFinite(bytes)) return null;
  return `${num(Math.round((bytes / (1024 * 1024)) * 10) / 10, lang)} MB`;
}

function sentence(p: ImportProblem, lang: Lang): string {
  const sv = lang === 'sv';
  const v = p.value ?? '';
  const inFeature = p.feature !== undefined && p.line === undefined;
  switch (p.code) {
    case 'empty':
      return sv ? 'filen är tom.' : 'the file is empty.';
    case 'too-large': {
      const mb = megabytes(p.value, lang);
      const size = mb ? ` (${mb})` : '';
      return sv ? `filen är för stor${size}; gränsen är 25 MB.` : `the file is too large${size}; the limit is 25 MB.`;
    }
    case 'not-json':
      return sv ? `filen är inte giltig JSON (${clean(v)}).` : `the file is not valid JSON (${clean(v)}).`;
    case 'not-geojson':
      if (inFeature) return sv ? `inte en GeoJSON-Feature: ${q(v)}.` : `not a GeoJSON Feature: ${q(v)}.`;
      return sv
        ? `filen är JSON men inte GeoJSON: en FeatureCollection, en Feature eller en geometri väntades, men den börjar ${q(v)}.`
        : `the file is JSON but not GeoJSON: a FeatureCollection, a Feature or a geometry was expected, but it begins ${q(v)}.`;
    case 'unsupported-geometry':
      return sv
        ? `geometritypen ${q(v)} stöds inte; använd Point, MultiPoint, Polygon eller MultiPolygon.`
        : `the geometry type ${q(v)} is not supported; use Point, MultiPoint, Polygon or MultiPolygon.`;
    case 'no-coordinate-columns':
      return sv
        ? `inga koordinatkolumner hittades (kolumner: ${clean(v)}). Döp dem till lat och lon, latitude och longitude, eller N och E för SWEREF 99 TM.`
        : `no coordinate columns were found (columns: ${clean(v)}). Name them lat and lon, latitude and longitude, or N and E for SWEREF 99 TM.`;
    case 'bad-number':
      if (p.found === 'dms') {
        return sv
          ? `${q(v)} är grader, minuter och sekunder; skriv decimala grader (som 59,3333 för 59°20′).`
          : `${q(v)} is in degrees, minutes and seconds; write decimal degrees (such as 59.3333 for 59°20′).`;
      }
      if (inFeature) return sv ? `koordinaterna ${q(v)} är inte tal.` : `the coordinates ${q(v)} are not numbers.`;
      return sv ? `${q(v)} är inte ett tal.` : `${q(v)} is not a number.`;
    case 'outside-region':
      if (p.found === 'rt90') {
        return sv
          ? `positionen ${clean(v)} ser ut som RT 90 (rikets nät före SWEREF 99 TM), men resten av filen är i ett annat system; lägg RT 90-positioner i en egen fil.`
          : `the position ${clean(v)} looks like RT 90 (Sweden's grid before SWEREF 99 TM), but the rest of the file is in another system; put RT 90 positions in a file of their own.`;
      }
      return sv
        ? `positionen ${clean(v)} ligger utanför atlasens område (${region(lang)}).`
        : `the position ${clean(v)} is outside the atlas region (${region(lang)}).`;
    case 'swapped':
      if (inFeature) {
        return sv
          ? `positionen ${clean(v)} ser omkastad ut: GeoJSON ska ha [longitud, latitud]. Objektet hoppades över.`
          : `the position ${clean(v)} looks swapped: GeoJSON wants [longitude, latitude]. The feature was skipped.`;
      }
      return sv
        ? `positionen ${clean(v)} ser omkastad ut: latitud och longitud står i varandras kolumner. Raden hoppades över.`
        : `the position ${clean(v)} looks swapped: latitude and longitude are in each other's columns. The row was skipped.`;
    case 'missing-coordinate':
      if (inFeature)
        return sv ? 'geometrin eller dess koordinater saknas.' : 'the geometry or its coordinates are missing.';
      return sv ? 'koordinaten saknas.' : 'the coordinate is missing.';
    case 'unknown-format': {
      const what = p.value === undefined ? (sv ? 'filen' : 'the file') : q(v);
      return sv
        ? `${what} är inte en fil som atlasen kan läsa; använd GeoJSON (.geojson, .json) eller CSV (.csv, .tsv, .txt).`
        : `${what} is not a file the atlas can read; use GeoJSON (.geojson, .json) or CSV (.csv, .tsv, .txt).`;
    }
    case 'workbook':
      return v === 'xls'
        ? sv
          ? 'filen är en Excel-arbetsbok (.xls), inte text. Spara den i Excel som CSV UTF-8 eller CSV (semikolonavgränsad) och importera den filen.'
          : 'the file is an Excel workbook (.xls), not text. Save it from Excel as CSV UTF-8 or CSV (comma delimited) and import that file.'
        : sv
          ? 'filen är ett ZIP-arkiv, till exempel en Excel-arbetsbok (.xlsx) med nytt namn, inte text. Spara den i Excel som CSV UTF-8 eller CSV (semikolonavgränsad) och importera den filen.'
          : 'the file is a ZIP archive, such as an Excel workbook (.xlsx) renamed, not text. Save it from Excel as CSV UTF-8 or CSV (comma delimited) and import that file.';
    case 'no-features':
      return sv ? 'filen innehåller inga användbara punkter eller områden.' : 'the file has no usable points or areas.';
    case 'invalid-polygon':
      return sv
        ? 'polygonen är ogiltig: varje ring behöver minst 4 positioner och måste sluta där den börjar.'
        : 'the polygon is not valid: every ring needs at least 4 positions and must end where it starts.';
    default:
      return sv ? 'okänt problem.' : 'unknown problem.';
  }
}

function where(p: ImportProblem, lang: Lang): string {
  const sv = lang === 'sv';
  const parts: string[] = [];
  if (p.line !== undefined) parts.push(`${sv ? 'Rad' : 'Line'} ${p.line}`);
  else if (p.feature !== undefined) parts.push(`${sv ? 'Objekt' : 'Feature'} ${p.feature}`);
  if (p.column !== undefined && p.column !== 'geometry') {
    const label =
      p.line !== undefined || p.feature === undefined ? (sv ? 'kolumn' : 'column') : sv ? 'egenskap' : 'property';
    parts.push(`${label} ${clean(p.column)}`);
  }
  return parts.join(', ');
}

/** A sentence for the UI in Swedish or English, naming line/column/feature/value where known. Plain text, never HTML. */
export function describeImportProblem(p: ImportProblem, lang: 'sv' | 'en'): string {
  try {
    const l: Lang = lang === 'sv' ? 'sv' : 'en';
    const s = sentence(p, l);
    const at = where(p, l);
    return at ? `${at}: ${s}` : s.charAt(0).toUpperCase() + s.slice(1);
  } catch {
    return lang === 'sv' ? 'Filen kunde inte läsas.' : 'The file could not be read.';
  }
}

/** Problems of one kind, counted, with the first as the example (its line and column). */
export interface ProblemGroup {
  count: number;
  example: ImportProblem;
}

/** The commonest reasons rows were skipped, most frequent first (ties: first seen first). */
export function commonestProblems(problems: readonly ImportProblem[], max = 3): ProblemGroup[] {
  const groups = new Map<string, ProblemGroup>();
  for (const p of problems) {
    const key = `${p.code}/${p.found ?? ''}/${p.column ?? ''}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { count: 1, example: p });
  }
  return [...groups.values()].sort((a, b) => b.count - a.count).slice(0, max);
}

/**
 * Why a file gave nothing, for the failure message: the fatal problem, and when no row or feature
 * was usable, the commonest reasons with how many rows each and the first one's line and column
 * ("No usable points … Commonest reasons: 12 rows, e.g. Line 2, column lat: "59°20′N" is in
 * degrees, minutes and seconds …").
 */
export function describeImportFailure(
  result: Pick<ParseResult, 'fatal' | 'problems' | 'format'>,
  lang: 'sv' | 'en',
): string {
  const fatal = result.fatal ? describeImportProblem(result.fatal, lang) : '';
  if (result.fatal?.code !== 'no-features' || !result.problems.length) return fatal;
  const sv = lang === 'sv';
  const unit = (n: number) =>
    result.format === 'csv'
      ? sv
        ? n === 1
          ? 'rad'
          : 'rader'
        : n === 1
          ? 'row'
          : 'rows'
      : sv
        ? 'objekt'
        : n === 1
          ? 'feature'
          : 'features';
  const reasons = commonestProblems(result.problems).map(
    (g) => `${g.count} ${unit(g.count)}, ${sv ? 't.ex.' : 'e.g.'} ${describeImportProblem(g.example, lang)}`,
  );
  return `${fatal} ${sv ? 'Vanligaste orsakerna' : 'Commonest reasons'}: ${reasons.join(' · ')}`;
}
