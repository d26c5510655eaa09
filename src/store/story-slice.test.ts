import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory, type Story } from '../data/story-schema';
import { createAtlasStore } from './store';

const story = validateStory('x', JSON.parse(readFileSync('data/stories/stockholm-life-science-hub.json', 'utf8')))
  .story as Story;

describe('leaving a story', () => {
  it('restores the layers, zones, distance, filters and camera the user had before it', () => {
    const store = createAtlasStore();
    store.getState().setStories([story], []);
    store.setState({
      visibleLayers: ['pharma'],
      zones: ['zone-kista'],
      within: 2500,
      view: { center: [17.95, 59.4], zoom: 12.5, bearing: 0, pitch: 0 },
    });
    store.getState().startStory(story.id, 0);
    store.getState().goToScene(5);
    expect(store.getState().presenting).toBe(true);
    expect(store.getState().visibleLayers).not.toEqual(['pharma']);
    store.getState().stopStory();
    const s = store.getState();
    expect(s.presenting).toBe(false);
    expect(s.visibleLayers).toEqual(['pharma']);
    expect(s.zones).toEqual(['zone-kista']);
    expect(s.within).toBe(2500);
    expect(s.highlight).toEqual([]);
    expect(s.camera).toMatchObject({ kind: 'fly', center: [17.95, 59.4], zoom: 12.5 });
  });

  it('jumping to another scene while presenting keeps the first snapshot', () => {
    const store = createAtlasStore();
    store.getState().setStories([story], []);
    store.setState({ zones: ['zone-uppsala'] });
    store.getState().startStory(story.id, 0);
    store.getState().startStory(story.id, 3);
    store.getState().stopStory();
    expect(store.getState().zones).toEqual(['zone-uppsala']);
  });
});
