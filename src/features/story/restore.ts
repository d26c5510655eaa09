import type { AtlasStore } from '../../store/store';
import { loadSavedStory } from './story-storage';

/** Bring back stories a staff member edited in this browser, before a story link is read. */
export function restoreSavedStories(store: AtlasStore): void {
  const { stories, storyId } = store.getState();
  for (const id of Object.keys(stories)) {
    const saved = loadSavedStory(id);
    if (saved) store.getState().putStory(saved);
  }
  store.setState({ storyId });
}
