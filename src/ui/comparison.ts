import { bestIndexes } from '../geo/zone-compare';
import { t, type Lang } from '../i18n/i18n';

// Shared by the zone and the site comparisons: rows of measures, one column per thing compared.

export interface CompareRow {
  key: string;
  label: string;
  /** Raw values (numbers for numeric rows), one per zone. */
  values: (number | string | null)[];
  /** Text shown in the table. */
  shown: string[];
  best: number[];
}

/** A numeric row: formatted for the language, best value(s) marked when `better` is given. */
export function numberRow(
  key: string,
  label: string,
  values: (number | null)[],
  better: 'max' | 'min' | null,
  lang: Lang,
  show: (v: number) => string = (v) =>
    new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(v),
): CompareRow {
  return {
    key,
    label,
    values,
    shown: values.map((v) => (v === null ? '–' : show(v))),
    best: better ? bestIndexes(values, better) : [],
  };
}

/** A text row (names): never marked best. */
export function textRow(key: string, label: string, values: (string | null)[]): CompareRow {
  return { key, label, values, shown: values.map((v) => v ?? '–'), best: [] };
}

/**
 * A spreadsheet runs a cell that starts with one of these as a formula (OWASP's list): `=`, `+`,
 * `-`, `@`, tab and carriage return. `-2+3+cmd|' /C calc'!A0` is a formula although it starts
 * with a minus and a digit, so no text is exempt; only a real number is written bare.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV cell: numbers as numbers (decimal comma in Swedish), text defused and quoted. */
export function csvCell(v: unknown, lang: Lang): string {
  if (typeof v === 'number') {
    // NaN or ±Infinity would reach the sheet as text ("-Infinity" even as a formula): leave it empty.
    if (!Number.isFinite(v)) return '';
    return lang === 'sv' ? String(v).replace('.', ',') : String(v);
  }
  let s = v === null || v === undefined ? '' : String(v);
  if (FORMULA_START.test(s)) s = `'${s}`;
  // Quoted when it holds either separator, so the file reads the same in both conventions.
  return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV in the UI language's spreadsheet convention: Swedish Excel opens `;`-separated
 * files with decimal commas as columns and numbers, English Excel `,` with decimal points.
 * Cells that a spreadsheet would run as a formula are defused with a quote; numbers stay numbers.
 */
export function rowsToCsv(rows: readonly CompareRow[], zoneNames: readonly string[], lang: Lang): string {
  return tableToCsv([[t('compare.metric', lang), ...zoneNames], ...rows.map((r) => [r.label, ...r.values])], lang);
}

/** Any table (first row the header) in the UI language's spreadsheet convention, defused. */
export function tableToCsv(table: readonly (readonly unknown[])[], lang: Lang): string {
  const sep = lang === 'sv' ? ';' : ',';
  return `${table.map((row) => row.map((v) => csvCell(v, lang)).join(sep)).join('\r\n')}\r\n`;
}
