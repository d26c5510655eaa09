import { describe, expect, it } from 'vitest';
import { strings } from './strings';
import { pick, t } from './i18n';

describe('i18n', () => {
  it('has a non-empty Swedish and English text for every key', () => {
    for (const [key, value] of Object.entries(strings)) {
      expect(value.sv.trim(), `${key}.sv`).not.toBe('');
      expect(value.en.trim(), `${key}.en`).not.toBe('');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('url.dropped', 'en', { param: 'zones', value: 'x' })).toContain('zones=x');
    expect(t('url.dropped', 'sv', { param: 'zones' })).toContain('{value}');
  });

  it('picks singular or plural by each language’s plural rules', () => {
    expect(t('legend.count', 'en', { n: 1 })).toBe('1 place');
    expect(t('legend.count', 'en', { n: 0 })).toBe('0 places');
    expect(t('legend.count', 'en', { n: 2 })).toBe('2 places');
    expect(t('legend.count', 'sv', { n: 1 })).toBe('1 plats');
    expect(t('legend.count', 'sv', { n: 21 })).toBe('21 platser');
    expect(t('search.count', 'en', { n: 1 })).toMatch(/^1 match;/);
  });

  it('picks the English variant only when there is one', () => {
    expect(pick('en', 'Biomedicum', undefined)).toBe('Biomedicum');
    expect(pick('en', 'Karolinska Universitetssjukhuset', 'Karolinska University Hospital')).toBe(
      'Karolinska University Hospital',
    );
    expect(pick('sv', 'Karolinska Universitetssjukhuset', 'Karolinska University Hospital')).toBe(
      'Karolinska Universitetssjukhuset',
    );
  });
});
