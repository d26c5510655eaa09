import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { POINT_LAYER_IDS } from '../data/layers';
import type { AtlasData } from '../data/validate';
import type { Story } from '../data/story-schema';
import Notices from '../ui/Notices';
import { createAtlasStore, useAtlas } from './store';
import { startUrlSync } from './url-sync';

const stops: (() => void)[] = [];
function open(url: string) {
  window.history.replaceState(null, '', url);
  const store = createAtlasStore();
  stops.push(startUrlSync(store));
  return store;
}

afterEach(() => {
  while (stops.length) stops.pop()!();
  window.history.replaceState(null, '', '/');
  cleanup();
});

const texts = (store: ReturnType<typeof createAtlasStore>) => store.getState().notices;

describe('the notice of an opened link', () => {
  it('is one notice listing every value it skipped or changed', () => {
    const store = open('/?lang=en&layers=&within=50&lang=en&scene=4&bogus=1#10/59.3/Infinity');
    const notices = texts(store);
    expect(notices).toHaveLength(1);
    expect(notices[0].text).toBe('Parts of this link could not be used as written; the rest applies:');
    expect(notices[0].items).toEqual([
      'lang=en: lang is given more than once; the last one applies',
      'layers= is empty; the default applies',
      'within=50 became 100 (distances go in steps of 100 m)',
      'bogus=1: not a setting of the atlas',
      'scene=4: no story is named, so no scene is shown',
      '#10/59.3/Infinity: not a map view the atlas can show; the map shows the whole region',
    ]);
    // The bad camera never reaches MapLibre, which reads the hash when it starts.
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?lang=en&within=100');
  });

  it('says nothing for a link that applies as written', () => {
    const store = open('/?lang=sv&zones=zone-kista#11/59.35/18.03');
    expect(texts(store)).toEqual([]);
    expect(window.location.hash).toBe('#11/59.35/18.03');
  });

  it('lists five values of a link with hundreds of bad ones, and counts the rest', () => {
    const bad = Array.from({ length: 300 }, (_, i) => `x${i}=1`).join('&');
    const store = open(`/?lang=en&${bad}`);
    expect(texts(store)).toHaveLength(1);
    useAtlas.setState({ notices: texts(store), lang: 'en' });
    render(<Notices />);
    expect(screen.getAllByRole('listitem')).toHaveLength(5);
    expect(screen.getByText('… and 295 more')).toBeTruthy();
    act(() => useAtlas.getState().addNotice('warning', 'Another'));
    fireEvent.click(screen.getByTestId('notice-dismiss-all'));
    expect(useAtlas.getState().notices).toEqual([]);
  });
});

const fakeData = (zoneIds: string[], placeIds: string[]) =>
  ({
    zones: { features: zoneIds.map((id) => ({ properties: { id } })) },
    layers: Object.fromEntries(
      POINT_LAYER_IDS.map((l, i) => [l, { features: i ? [] : placeIds.map((id) => ({ properties: { id } })) }]),
    ),
  }) as unknown as AtlasData;
const story = (id: string, scenes: number) =>
  ({ id, scenes: Array.from({ length: scenes }, () => ({})) }) as unknown as Story;

describe('ids a link names, checked when the data arrives', () => {
  it('drops unknown zones and places into the same notice, before start-up frames them', () => {
    const store = open('/?lang=en&zones=zone-kista,zone-atlantis&compare=zone-mars&feature=uni-nowhere&within=50');
    store.getState().setData(fakeData(['zone-kista'], ['uni-ki-solna']), []);
    const s = store.getState();
    expect(s.zones).toEqual(['zone-kista']);
    expect(s.compare).toEqual([]);
    expect(s.selectedId).toBeNull();
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0].items).toEqual([
      'within=50 became 100 (distances go in steps of 100 m)',
      // In the order the atlas writes its links (feature before zones).
      'feature=uni-nowhere: not in the atlas’s data',
      'zones=zone-atlantis: not in the atlas’s data',
      'compare=zone-mars: not in the atlas’s data',
    ]);
  });

  it('a scene past the end opens the last scene and says so', () => {
    const store = open('/?lang=en&story=hub&scene=99');
    store.getState().setStories([story('hub', 12)], []);
    expect(store.getState().pendingStory).toEqual({ id: 'hub', scene: 11 });
    expect(store.getState().notices[0].items).toEqual(['scene=99: the story has 12 scenes; the last one is shown']);
  });

  it('an unknown story is reported, and nothing is left to start', () => {
    const store = open('/?lang=sv&story=valueof');
    store.getState().setStories([story('hub', 12)], []);
    expect(store.getState().pendingStory).toBeNull();
    expect(store.getState().notices[0].items).toEqual(['story=valueof: finns inte i atlasens data']);
  });
});

describe('a hash typed into the live page', () => {
  const change = (hash: string) => {
    const oldURL = window.location.href;
    window.history.pushState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: window.location.href }));
  };

  it('never reaches the map when it is no view, and the address goes back', () => {
    const store = open('/?lang=en#11/59.35/18.03');
    const map = vi.fn(); // MapLibre's listener, added after start-up as the map is made
    window.addEventListener('hashchange', map);
    change('#11.82/59.0125/-1e308');
    expect(map).not.toHaveBeenCalled();
    expect(window.location.hash).toBe('#11/59.35/18.03');
    expect(texts(store).map((n) => n.text)).toEqual([
      'The map view in the address bar (#11.82/59.0125/-1e308) could not be used; the map stays where it was.',
    ]);
    change('#12/59.34/18.05');
    change('#map');
    expect(map).toHaveBeenCalledTimes(2);
    expect(texts(store)).toHaveLength(1);
    window.removeEventListener('hashchange', map);
  });
});
