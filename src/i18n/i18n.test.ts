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
