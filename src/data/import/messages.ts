import { REGION } from '../layers';
import type { ImportProblem } from './types';

type Lang = 'sv' | 'en';

/** Quoted for a sentence, line breaks and other control characters shown as spaces. */
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
      if (inFeature) return sv ? `koordinaterna ${q(v)} är inte tal.` : `the coordinates ${q(v)} are not numbers.`;
      return sv ? `${q(v)} är inte ett tal.` : `${q(v)} is not a number.`;
    case 'outside-region':
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
      if (inFeature) return sv ? 'geometrin eller dess koordinater saknas.' : 'the geometry or its coordinates are missing.';
      return sv ? 'koordinaten saknas.' : 'the coordinate is missing.';
    case 'unknown-format': {
      const what = p.value === undefined ? (sv ? 'filen' : 'the file') : q(v);
      return sv
        ? `${what} är inte en fil som atlasen kan läsa; använd GeoJSON (.geojson, .json) eller CSV (.csv, .tsv, .txt).`
        : `${what} is not a file the atlas can read; use GeoJSON (.geojson, .json) or CSV (.csv, .tsv, .txt).`;
    }
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
    const label = p.line !== undefined || p.feature === undefined ? (sv ? 'kolumn' : 'column') : sv ? 'egenskap' : 'property';
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
