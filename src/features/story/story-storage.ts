import type { Story } from '../../data/story-schema';

// A staff member's edits live in this browser (localStorage) until they download them.
// Validation (zod) is imported on demand so it stays out of the first chunk.
const KEY = (id: string) => `atlas.story.${id}`;
type Validate = typeof import('../../data/story-schema').validateStory;
let loaded: Validate | null = null;
const validator = async (): Promise<Validate> => (loaded ??= (await import('../../data/story-schema')).validateStory);

/** Saved edits of these stories that still validate; a broken save is ignored, not trusted. */
export async function loadSavedStories(ids: readonly string[], storage: Storage = localStorage): Promise<Story[]> {
  const validateStory = await validator();
  return ids.flatMap((id) => {
    try {
      const raw = storage.getItem(KEY(id));
      const story = raw ? validateStory('saved', JSON.parse(raw)).story : null;
      return story ? [story] : [];
    } catch {
      return [];
    }
  });
}

/** Keep a story in this browser when it is valid (a caption cleared mid-typing is not saved). */
export async function saveStory(story: Story, storage: Storage = localStorage): Promise<void> {
  // Synchronous once the validator is loaded (it is, since start-up read the saved stories):
  // an edit followed at once by a reload must not be lost.
  const validateStory = loaded ?? (await validator());
  if (!validateStory('edit', story).story) return;
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
export async function parseStoryFile(name: string, text: string): Promise<{ story: Story | null; problems: string[]; notJson?: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { story: null, problems: [], notJson: (e as Error).message };
  }
  return (await validator())(name, json);
}
