import { describe, expect, it } from 'vitest';
import { parseQuery } from './url-codec';
import { readCameraHash } from './url-camera';

const why = (query: string) =>
  parseQuery(query).problems.map((p) => `${p.param}=${p.value}:${p.reason}${p.to ? `→${p.to}` : ''}`);

// The cases of issue #16, each as it was found.
describe('links that used to crash or change silently', () => {
  it('story=constructor is an unknown story, not Object.prototype.constructor', () => {
    expect(parseQuery('story=constructor&scene=2')).toEqual({
      state: {},
      problems: [
        { param: 'story', value: 'constructor', reason: 'not-found' },
        { param: 'scene', value: '2', reason: 'no-story' },
      ],
    });
  });

  it('old names are looked up as own properties only', () => {
    expect(why('layers=constructor,toString')).toEqual(['layers=constructor:invalid', 'layers=toString:invalid']);
    expect(parseQuery('layers=hagastaden').state).toEqual({ layers: ['buildings'] });
  });

  it('an empty layers= keeps every layer and says so, instead of hiding them all', () => {
    expect(parseQuery('layers=')).toEqual({ state: {}, problems: [{ param: 'layers', value: '', reason: 'empty' }] });
    expect(parseQuery('layers=none')).toEqual({ state: { layers: [] }, problems: [] });
  });

  it('a key given twice: the last applies and the first is named', () => {
    expect(why('lang=en&zones=zone-kista&lang=sv')).toEqual(['lang=en:duplicate']);
    expect(parseQuery('lang=en&lang=sv').state).toEqual({ lang: 'sv' });
    expect(why('site=59.35,18.03&sites=59.36,18.04')).toEqual(['site=59.35,18.03:duplicate']);
  });

  it('normalised values say what they became', () => {
    expect(parseQuery('within=50')).toEqual({
      state: { within: 100 },
      problems: [{ param: 'within', value: '50', reason: 'rounded', to: '100' }],
    });
    expect(why('within=2000')).toEqual([]);
    expect(why('scene=3')).toEqual(['scene=3:no-story']);
    expect(why('compare=zone-a,zone-b,zone-c,zone-d,zone-e')).toEqual(['compare=zone-e:extra→4']);
  });
});

describe('the camera hash', () => {
  it.each(['#11/59.35/18.03', '#13.5/59.3293/18.0686/-24.1/45', '#7/58.8/15.6'])('%s is a view', (hash) => {
    expect(readCameraHash(hash).kind).toBe('camera');
  });

  it.each(['', '#', '#map', '#main-content'])('%s is no camera and is left alone', (hash) => {
    expect(readCameraHash(hash).kind).toBe('none');
  });

  it.each([
    '#10/59.3/Infinity',
    '#11.82/59.0125/-1e308',
    '#NaN/59.3/18',
    '#10/59.3',
    '#10/59.3/18/0/0/0',
    '#99/59.3/18',
    '#3/59.3/18',
    '#10/95/18',
    '#10/0/0',
    '#10/59.3/18/270',
    '#10/59.3/18/0/85',
    '#1e1/59.3/18',
    '# 10/59.3/18',
    '#-',
  ])('%s is reported, never handed on', (hash) => {
    const reading = readCameraHash(hash);
    expect(reading).toEqual({ kind: 'bad', problem: { param: '#', value: expect.any(String), reason: 'camera' } });
  });
});
