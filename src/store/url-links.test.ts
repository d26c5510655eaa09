import { describe, expect, it } from 'vitest';
import { formatQuery, parseQuery, type UrlState } from './url-codec';
import { seededRandom } from '../../test/support/seeded-random';

// Links people will paste: truncated, hand-edited, double-encoded, hostile.
const BROKEN: [string, UrlState, string[]][] = [
  ['zones=zone-hagastaden,&within=1000', { zones: ['zone-hagastaden'], within: 1000 }, []],
  ['zones=Zone Hagastaden&lang=sv', { lang: 'sv' }, ['zones=Zone Hagastaden']],
  ['within=-5&zones=zone-kista', { zones: ['zone-kista'] }, ['within=-5']],
  ['within=1e3', {}, ['within=1e3']],
  ['within=99999', {}, ['within=99999']],
  ['within=NaN&outside=hide', { outside: 'hide' }, ['within=NaN']],
  ['within=1250', { within: 1300 }, ['within=1250']], // rounded to the slider's step, and said
  ['lens=p5', { lens: 'P5' }, []],
  ['lens=P14', {}, ['lens=P14']],
  [
    'compare=zone-a,zone-b,zone-c,zone-d,zone-e',
    { compare: ['zone-a', 'zone-b', 'zone-c', 'zone-d'] },
    ['compare=zone-e'],
  ],
  ['segment=pharma,vaccines&role=hq', { segment: ['pharma'], role: ['hq'] }, ['segment=vaccines']],
  ['theme=ai,%3Cscript%3E', { theme: ['ai'] }, ['theme=<script>']],
  ['layers=pharma%2Ctransit', { layers: ['pharma', 'transit'] }, []],
  ['zones=zone-hagastaden%252Czone-kista', {}, ['zones=zone-hagastaden%2Czone-kista']],
  ['&&&=&lang=en', { lang: 'en' }, ['=']],
  ['stage=growth&stage=startup', { stage: ['startup'] }, ['stage=growth']], // the last applies, the first is named
];

describe('broken links', () => {
  it.each(BROKEN)('%s keeps what is good and reports the rest', (query, state, dropped) => {
    const parsed = parseQuery(query);
    expect(parsed.state).toEqual(state);
    expect(parsed.problems.map((p) => `${p.param}=${p.value}`)).toEqual(dropped);
  });

  it('round-trips a full state', () => {
    const state: UrlState = {
      lang: 'sv',
      layers: ['zones', 'pharma', 'student-housing'],
      zones: ['zone-hagastaden', 'zone-flemingsberg'],
      within: 2000,
      outside: 'hide',
      lens: 'P12',
      compare: ['zone-hagastaden', 'zone-kista'],
      segment: ['biotech'],
      theme: ['atmp', 'ai'],
      feature: 'uni-ki-solna',
    };
    expect(parseQuery(formatQuery(state))).toEqual({ state, problems: [] });
  });
});

/** Random and mutated query strings: the parser never throws and always yields a valid state. */
describe('url parser fuzz', () => {
  const alphabet = 'abczoneP1-5,;=&%?#<>"\' 0123456789hagastdnlmiwr/\\\u00e5\u00f6\u{1F600}';
  const rnd = seededRandom(12345);
  const valid = formatQuery({
    lang: 'sv',
    zones: ['zone-hagastaden'],
    within: 2000,
    lens: 'P5',
    compare: ['zone-kista'],
    theme: ['ai'],
  });

  it('survives 5,000 strings', () => {
    for (let i = 0; i < 5000; i++) {
      let q: string;
      if (i % 2) {
        q = Array.from({ length: Math.floor(rnd() * 60) }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join(
          '',
        );
      } else {
        const chars = [...valid];
        for (let k = 0; k < 1 + rnd() * 5; k++)
          chars[Math.floor(rnd() * chars.length)] = alphabet[Math.floor(rnd() * alphabet.length)];
        q = chars.join('');
      }
      const { state } = parseQuery(q);
      if (state.within !== undefined) expect(state.within >= 0 && state.within <= 5000).toBe(true);
      for (const z of state.zones ?? []) expect(z).toMatch(/^zone-[a-z0-9-]+$/);
      expect(state.compare?.length ?? 0).toBeLessThanOrEqual(4);
      // Whatever survived parses back to itself.
      expect(parseQuery(formatQuery(state)).state).toEqual(state);
    }
  });
});

describe('sites in the link', () => {
  it('reads sites=lat,lng;lat,lng and writes it back the same way', () => {
    const parsed = parseQuery('sites=59.3489,18.0267;59.2195,17.941');
    expect(parsed.state.sites).toEqual([
      [18.0267, 59.3489],
      [17.941, 59.2195],
    ]);
    expect(formatQuery(parsed.state)).toBe('sites=59.3489,18.0267;59.2195,17.941');
  });

  it('reads the single form site=lat,lng', () => {
    expect(parseQuery('site=59.35,18.03').state.sites).toEqual([[18.03, 59.35]]);
  });

  it.each([
    ['sites=18.03,59.35', ['sites=18.03,59.35']], // swapped: lng,lat lands outside the region
    ['sites=59.35', ['sites=59.35']],
    ['site=abc,def', ['site=abc,def']],
    ['sites=55.6,13.0;59.35,18.03', ['sites=55.6,13.0']], // Malmö is outside the region
    ['sites=59.35,18.03;59.36,18.04;59.37,18.05;59.38,18.06', ['sites=59.38,18.06']],
    ['sites=59.35,18.03e2', ['sites=59.35,18.03e2']],
  ])('%s drops the bad part', (query, dropped) => {
    expect(parseQuery(query).problems.map((p) => `${p.param}=${p.value}`)).toEqual(dropped);
  });
});
