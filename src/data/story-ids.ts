/** The story the atlas opens with and can always be reset to. */
export const DEFAULT_STORY_ID = 'stockholm-life-science-hub';
