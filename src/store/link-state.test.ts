import { describe, expect, it } from 'vitest';
import { applyUrlState, forgetUnknownIds, LINK_STATE, selectUrlState } from './link-state';
import { createAtlasStore } from './store';
import { formatQuery, parseQuery } from './url-codec';

/** A link that sets every shareable setting to something other than its default. */
const EVERYTHING =
  'lang=sv&basemap=online&layers=zones,pharma&zones=zone-hagastaden,zone-kista&within=2500&outside=hide' +
  '&lens=P4&compare=zone-hagastaden,zone-solna&segment=biotech&role=hq&stage=startup&kind=incubator' +
  '&theme=atmp&sites=59.3478,18.0305;59.2193,17.9385&year=2015&tab=zones';

describe('the link ↔ store table', () => {
  it('has an entry for every setting the codec reads (a new setting cannot be half-wired)', () => {
    const { state } = parseQuery(EVERYTHING);
    for (const key of Object.keys(state)) expect(LINK_STATE, key).toHaveProperty(key);
  });

  it('round-trips every setting through a fresh store: link → store → the same link', () => {
    const { state, problems } = parseQuery(EVERYTHING);
    expect(problems).toEqual([]);
    const store = createAtlasStore();
    applyUrlState(state, store);
    const s = store.getState();
    expect(s.lang).toBe('sv');
    expect(s.basemapStatus).toBe('loading'); // set through the slice's action
    expect([...s.visibleLayers].sort()).toEqual(['pharma', 'zones']);
    expect(s.attributes.theme).toEqual(['atmp']);
    expect(formatQuery(selectUrlState(s))).toBe(formatQuery(state));
  });

  it('an embedded map keeps its embed and leaves the tab out of links it writes', () => {
    const store = createAtlasStore();
    applyUrlState(parseQuery('lang=en&embed=1&tab=zones').state, store);
    expect(store.getState().embed).toBe(true);
    expect(formatQuery(selectUrlState(store.getState()))).toBe('lang=en&embed=1');
  });

  it('opens the tab the sender had; without one, a place opens its details and sites the Site tab', () => {
    const tabOf = (link: string) => {
      const store = createAtlasStore();
      applyUrlState(parseQuery(link).state, store);
      return store.getState().panelTab;
    };
    expect(tabOf('feature=uni-ki-solna&sites=59.3478,18.0305&tab=zones')).toBe('zones');
    expect(tabOf('feature=uni-ki-solna&sites=59.3478,18.0305')).toBe('details');
    expect(tabOf('sites=59.3478,18.0305')).toBe('site');
  });

  it('a fresh store writes an empty link; actions show up in it', () => {
    const store = createAtlasStore({ lang: 'en', panelTab: 'layers' });
    expect(formatQuery(selectUrlState(store.getState()))).toBe('lang=en');
    store.getState().toggleZone('zone-flemingsberg');
    store.getState().setWithin(1234);
    store.getState().setLens('P7');
    store.getState().toggleAttribute('stage', 'growth');
    expect(formatQuery(selectUrlState(store.getState()))).toBe(
      'lang=en&zones=zone-flemingsberg&within=1200&lens=P7&stage=growth',
    );
    store.getState().resetFilters();
    expect(formatQuery(selectUrlState(store.getState()))).toBe('lang=en');
  });

  it('ids the data lacks are named per setting and removed from the store', () => {
    const store = createAtlasStore();
    const link = parseQuery('zones=zone-hagastaden,zone-atlantis&compare=zone-mars&feature=uni-nowhere').state;
    applyUrlState(link, store);
    const known = new Map([['zone-hagastaden', {}]]);
    expect(forgetUnknownIds(link, known, store)).toEqual([
      { param: 'feature', value: 'uni-nowhere' },
      { param: 'zones', value: 'zone-atlantis' },
      { param: 'compare', value: 'zone-mars' },
    ]);
    const s = store.getState();
    expect([s.zones, s.compare, s.selectedId]).toEqual([['zone-hagastaden'], [], null]);
  });
});
