import { LAYER_IDS } from '../data/layers';
import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery } from './url-codec';

describe('url codec', () => {
  it('round-trips the shareable state', () => {
    const state = { lang: 'sv' as const, basemap: 'online' as const };
    expect(parseQuery(formatQuery(state))).toEqual({ state, problems: [] });
  });

  it('leaves defaults out of the link', () => {
    expect(formatQuery({ lang: 'en', basemap: 'embedded' })).toBe('lang=en');
  });

  it.each([
    ['?lang=de', [{ param: 'lang', value: 'de', reason: 'invalid' }]],
    ['?basemap=javascript:alert(1)', [{ param: 'basemap', value: 'javascript:alert(1)', reason: 'invalid' }]],
    ['?nonsense', [{ param: 'nonsense', value: '', reason: 'unknown' }]],
    ['?%E0%A4%A=1&lang=sv', [{ param: '\uFFFD%A', value: '1', reason: 'unknown' }]],
  ])('drops %s with a problem and keeps the rest', (search, problems) => {
    const parsed = parseQuery(search);
    expect(parsed.problems).toEqual(problems);
  });

  it('keeps valid values next to broken ones', () => {
    expect(parseQuery('?lang=sv&basemap=<b>').state).toEqual({ lang: 'sv' });
  });

  it('ignores prototype keys', () => {
    const parsed = parseQuery('?__proto__=x&constructor=y&toString=z');
    expect(parsed.state).toEqual({});
    expect(parsed.problems.map((p) => p.param)).toEqual(['__proto__', 'constructor', 'toString']);
  });
});

describe('layers and feature in the link', () => {
  it('keeps known layers, drops unknown ones one by one', () => {
    expect(parseQuery('?layers=pharma,bogus,zones,<x>')).toEqual({
      state: { layers: ['pharma', 'zones'] },
      problems: [
        { param: 'layers', value: 'bogus', reason: 'invalid' },
        { param: 'layers', value: '<x>', reason: 'invalid' },
      ],
    });
  });

  it('writes nothing when every layer shows, and "none" when none does', () => {
    expect(formatQuery({ layers: [...LAYER_IDS] })).toBe('');
    expect(formatQuery({ layers: [] })).toBe('layers=none');
    expect(parseQuery('layers=none').state).toEqual({ layers: [] });
    expect(formatQuery({ layers: ['pharma', 'transit'] })).toBe('layers=pharma,transit');
  });

  it('accepts a well-formed feature id only', () => {
    expect(parseQuery('feature=uni-ki-solna').state).toEqual({ feature: 'uni-ki-solna' });
    expect(parseQuery('feature=<img src=x onerror=alert(1)>').state).toEqual({});
  });
});

describe('year and tab in the link', () => {
  it('reads a year in range and the open tab, and writes them back', () => {
    const { state, problems } = parseQuery('year=2015&tab=zones');
    expect(state).toEqual({ year: 2015, tab: 'zones' });
    expect(problems).toEqual([]);
    expect(formatQuery(state)).toBe('year=2015&tab=zones');
  });

  it('reports a year it cannot show and a tab it does not have', () => {
    const { state, problems } = parseQuery('year=1492&tab=settings');
    expect(state).toEqual({});
    expect(problems.map((p) => `${p.param}=${p.value}:${p.reason}`)).toEqual([
      'year=1492:invalid',
      'tab=settings:invalid',
    ]);
  });

  it('leaves the default tab out of the link', () => {
    expect(formatQuery({ tab: 'layers' })).toBe('');
    expect(formatQuery({ tab: 'story' })).toBe('tab=story');
  });
});
