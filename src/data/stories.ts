import { validateStory, type Story } from './story-schema';

// Bundled stories: every data/stories/*.json, checked at build and at load like the layers.
const files = import.meta.glob('/data/stories/*.json', { eager: true, import: 'default' }) as Record<string, unknown>;

export const BUNDLED_STORIES: Story[] = [];
export const BUNDLED_STORY_PROBLEMS: string[] = [];
for (const [path, json] of Object.entries(files)) {
  const { story, problems } = validateStory(path.replace(/^\//, ''), json);
  if (story) BUNDLED_STORIES.push(story);
  BUNDLED_STORY_PROBLEMS.push(...problems);
}
export const DEFAULT_STORY_ID = 'stockholm-life-science-hub';
