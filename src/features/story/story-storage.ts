import type { Story } from '../../data/story-schema';

// A staff member's edits live in this browser (localStorage) until they download them.
// Validation (zod) is imported on demand so it stays out of the first chunk.
const PREFIX = 'atlas.story.';
const KEY = (id: string) => `${PREFIX}${id}`;
type Validate = typeof import('../../data/story-schema').validateStory;
let loaded: Validate | null = null;
const validator = async (): Promise<Validate> => (loaded ??= (await import('../../data/story-schema')).validateStory);

/*
 * A browser that blocks site data throws on the mere `localStorage` getter; one in private mode
 * or with a full quota throws on setItem. Neither may stop start-up or lose an edit silently: the
 * edit applies for this visit, and listeners (start-up's notice) hear once that nothing is kept.
 */
let refused = false;
const refusedListeners = new Set<() => void>();
/** Hear, once, that this browser does not keep story edits; called at once if it is known already. */
export function onStorageRefused(listener: () => void): () => void {
  if (refused) listener();
  else refusedListeners.add(listener);
  return () => refusedListeners.delete(listener);
}
function refuse(): void {
  if (refused) return;
  refused = true;
  for (const l of refusedListeners) l();
  refusedListeners.clear();
}
/** For tests: forget that storage refused. */
export function resetStorageRefusal(): void {
  refused = false;
}

function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Saved edits of these stories, and of stories loaded from a file under their own id, that still
 * validate; a broken save is ignored, not trusted. Storage that cannot be read gives none.
 */
export async function loadSavedStories(
  ids: readonly string[],
  storage: Storage | null = browserStorage(),
): Promise<Story[]> {
  const validateStory = await validator();
  if (!storage) {
    refuse();
    return [];
  }
  let keys: string[];
  try {
    keys = [...ids.map(KEY)];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX) && !keys.includes(key)) keys.push(key);
    }
  } catch {
    refuse();
    return [];
  }
  return keys.flatMap((key) => {
    let raw: string | null;
    try {
      raw = storage.getItem(key);
    } catch {
      refuse();
      return [];
    }
    try {
      const story = raw ? validateStory('saved', JSON.parse(raw)).story : null;
      // A save is only trusted under its own id's key.
      return story && KEY(story.id) === key ? [story] : [];
    } catch {
      return [];
    }
  });
}

/** Keep a story in this browser when it is valid (a caption cleared mid-typing is not saved). */
export async function saveStory(story: Story, storage: Storage | null = browserStorage()): Promise<void> {
  // Synchronous once the validator is loaded (it is, since start-up read the saved stories):
  // an edit followed at once by a reload must not be lost.
  const validateStory = loaded ?? (await validator());
  if (!validateStory('edit', story).story) return;
  try {
    if (!storage) throw new Error('no storage');
    storage.setItem(KEY(story.id), JSON.stringify(story));
  } catch {
    // Private mode or a full quota: the edit still applies for this session, and that is said.
    refuse();
  }
}

export function forgetStory(id: string, storage: Storage | null = browserStorage()): void {
  try {
    storage?.removeItem(KEY(id));
  } catch {
    /* nothing saved, nothing to forget */
  }
}

/** Parse and validate a story file a user picked; never throws. */
export async function parseStoryFile(
  name: string,
  text: string,
): Promise<{ story: Story | null; problems: string[]; notJson?: string }> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { story: null, problems: [], notJson: (e as Error).message };
  }
  return (await validator())(name, json);
}
