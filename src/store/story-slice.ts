import type { StateCreator } from 'zustand';
import type { Scene, Story } from '../data/story-schema';
import { DEFAULT_STORY_ID } from '../data/story-ids';
import { LAYER_IDS, type LayerId } from '../data/layers';
import { EMPTY_ATTRIBUTES } from './filter-slice';
import type { AtlasState } from './store';

export interface StorySlice {
  stories: Record<string, Story>;
  /** The stories as shipped, for "reset". */
  bundledStories: Record<string, Story>;
  /** A story link read before the stories had loaded. */
  pendingStory: { id: string; scene: number } | null;
  setStories: (bundled: Story[], edited: Story[]) => void;
  storyId: string;
  scene: number;
  presenting: boolean;
  /** Feature ids the current scene points at. */
  highlight: string[];
  startStory: (storyId: string, scene?: number) => void;
  goToScene: (scene: number) => void;
  stopStory: () => void;
  /** Replace a story (edited or loaded from a file); the old version is gone. */
  putStory: (story: Story) => void;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(n, max));

/** What a scene sets in the atlas: layers, zones, filters, highlight and the camera. */
export function sceneState(scene: Scene, s: AtlasState): Partial<AtlasState> {
  const layers = new Set<string>(scene.layers);
  return {
    visibleLayers: LAYER_IDS.filter((id): id is LayerId => layers.has(id)),
    zones: scene.zones,
    within: scene.within ?? s.within,
    attributes: { ...EMPTY_ATTRIBUTES, theme: scene.themes, role: scene.role },
    highlight: scene.highlight,
    lens: null,
    selectedId: null,
    camera: { kind: 'fly', center: scene.camera.center, zoom: scene.camera.zoom, bearing: scene.camera.bearing, pitch: scene.camera.pitch, beside: 'story-card' },
  };
}

export const createStorySlice: StateCreator<AtlasState, [], [], StorySlice> = (set, get) => ({
  stories: {},
  bundledStories: {},
  pendingStory: null,
  setStories: (bundled, edited) => {
    const byId = (list: Story[]) => Object.fromEntries(list.map((s) => [s.id, s]));
    set({ bundledStories: byId(bundled), stories: { ...byId(bundled), ...byId(edited) } });
  },
  storyId: DEFAULT_STORY_ID,
  scene: 0,
  presenting: false,
  highlight: [],
  startStory: (storyId, scene = 0) => {
    const story = get().stories[storyId];
    if (!story) return;
    const index = clamp(scene, story.scenes.length - 1);
    set({ storyId, scene: index, presenting: true, ...sceneState(story.scenes[index], get()) });
  },
  goToScene: (scene) => {
    const story = get().stories[get().storyId];
    if (!story) return;
    const index = clamp(scene, story.scenes.length - 1);
    set({ scene: index, ...sceneState(story.scenes[index], get()) });
  },
  stopStory: () => set({ presenting: false, highlight: [] }),
  putStory: (story) => set((s) => ({ stories: { ...s.stories, [story.id]: story }, storyId: story.id, scene: clamp(s.scene, story.scenes.length - 1) })),
});
