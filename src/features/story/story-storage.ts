import { validateStory, type Story } from '../../data/story-schema';

// A staff member's edits live in this browser (localStorage) until they download them.
const KEY = (id: string) => `atlas.story.${id}`;

export function loadSavedStory(id: string, storage: Storage = localStorage): Story | null {
  try {
    const raw = storage.getItem(KEY(id));
    return raw ? validateStory('saved', JSON.parse(raw)).story : null;
  } catch {
    return null;
  }
}

export function saveStory(story: Story, storage: Storage = localStorage): void {
  try {
    storage.setItem(KEY(story.id), JSON.stringify(story));
  } catch {
    // Private mode or a full quota: the edit still applies for this session.
  }
}

export function forgetStory(id: string, storage: Storage = localStorage): void {
  try {
    storage.removeItem(KEY(id));
  } catch {
    /* nothing saved, nothing to forget */
  }
}

/** Parse and validate a story file a user picked; never throws. */
export function parseStoryFile(name: string, text: string): { story: Story | null; problems: string[]; notJson?: string } {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { story: null, problems: [], notJson: (e as Error).message };
  }
  return validateStory(name, json);
}
