import { strings, type StringKey } from './strings';

export const LANGS = ['sv', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'sv' || value === 'en';
}

const plurals = { sv: new Intl.PluralRules('sv-SE'), en: new Intl.PluralRules('en-GB') };

/**
 * Look up a UI string; `{name}` placeholders are filled from `vars`, and `{name|one|other}`
 * picks the word by the language's plural rules for that number ("1 place", "2 places").
 */
export function t(key: StringKey, lang: Lang, vars?: Record<string, string | number>): string {
  const text: string = strings[key][lang];
  if (!vars) return text;
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^}]*)\}/g, (m, name: string, one: string, other: string) =>
      name in vars ? (plurals[lang].select(Number(vars[name])) === 'one' ? one : other) : m,
    )
    .replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}

/** Pick the Swedish or English variant of a bilingual data field. */
export function pick(lang: Lang, sv: string, en?: string): string {
  return lang === 'en' && en ? en : sv;
}

// One formatter per language, made once: Number#toLocaleString builds a new one on every call,
// which the start-up profile showed as ~35 ms of the atlas's own script (counts, distances).
const LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;
const numbers = { sv: new Intl.NumberFormat(LOCALE.sv), en: new Intl.NumberFormat(LOCALE.en) };
const kilometres = {
  sv: new Intl.NumberFormat(LOCALE.sv, { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat(LOCALE.en, { maximumFractionDigits: 1 }),
};

/** Kilometres with at most one decimal, in the language's number format ("1,5" / "1.5"). */
export function formatKm(metres: number, lang: Lang): string {
  return kilometres[lang].format(metres / 1000);
}

/** A whole number in the language's format ("1 000" / "1,000"). */
export function formatNumber(n: number, lang: Lang): string {
  return numbers[lang].format(n);
}

/** "850 m" below a kilometre, "1,2 km" / "1.2 km" above. */
export function formatDistance(metres: number, lang: Lang): string {
  return metres < 1000 ? `${Math.round(metres / 10) * 10} m` : `${formatKm(metres, lang)} km`;
}
