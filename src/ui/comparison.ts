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
  show: (v: number) => string = (v) => new Intl.NumberFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 2 }).format(v),
): CompareRow {
  return { key, label, values, shown: values.map((v) => (v === null ? '–' : show(v))), best: better ? bestIndexes(values, better) : [] };
}

/** A text row (names): never marked best. */
export function textRow(key: string, label: string, values: (string | null)[]): CompareRow {
  return { key, label, values, shown: values.map((v) => v ?? '–'), best: [] };
}

/**
 * RFC 4180 CSV in the UI language's spreadsheet convention: Swedish Excel opens `;`-separated
 * files with decimal commas as columns and numbers, English Excel `,` with decimal points.
 * Cells that a spreadsheet would run as a formula are defused with a quote; numbers stay numbers.
 */
export function rowsToCsv(rows: readonly CompareRow[], zoneNames: readonly string[], lang: Lang): string {
  const sep = lang === 'sv' ? ';' : ',';
  const cell = (v: unknown) => {
    if (typeof v === 'number') return lang === 'sv' ? String(v).replace('.', ',') : String(v);
    let s = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const header = [t('compare.metric', lang), ...zoneNames].map(cell).join(sep);
  const body = rows.map((r) => [r.label, ...r.values].map(cell).join(sep));
  return [header, ...body].join('\r\n') + '\r\n';
}
