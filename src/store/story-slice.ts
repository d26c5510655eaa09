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
  /** What the user had on the map before the story began; leaving the story puts it back. */
  beforeStory: BeforeStory | null;
}

/** The part of the atlas a scene overwrites, kept so that leaving a story restores it. */
export type BeforeStory = Pick<
  AtlasState,
  | 'visibleLayers'
  | 'zones'
  | 'within'
  | 'attributes'
  | 'lens'
  | 'selectedId'
  | 'outside'
  | 'year'
  | 'panelTab'
  | 'panelOpen'
> & {
  view: AtlasState['view'];
};

export function snapshotBeforeStory(s: AtlasState): BeforeStory {
  return {
    visibleLayers: s.visibleLayers,
    zones: s.zones,
    within: s.within,
    attributes: s.attributes,
    lens: s.lens,
    selectedId: s.selectedId,
    outside: s.outside,
    year: s.year,
    panelTab: s.panelTab,
    panelOpen: s.panelOpen,
    view: s.view,
  };
}

/** The state to return to when a story ends: the snapshot, with the camera flown back. */
export function restoreBeforeStory(before: BeforeStory): Partial<AtlasState> {
  const { view, ...rest } = before;
  return {
    ...rest,
    playing: false,
    playUntil: null,
    camera: view
      ? { kind: 'fly', center: view.center, zoom: view.zoom, bearing: view.bearing, pitch: view.pitch }
      : null,
  };
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
    camera: {
      kind: 'fly',
      center: scene.camera.center,
      zoom: scene.camera.zoom,
      bearing: scene.camera.bearing,
      pitch: scene.camera.pitch,
      beside: 'story-card',
    },
    // A scene over time starts at its first year and plays to its last; other scenes show today.
    year: scene.years ? scene.years[0] : null,
    playing: (scene.years?.length ?? 0) > 1,
    playUntil: scene.years && scene.years.length > 1 ? scene.years[1] : null,
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
    // Own-property lookup: a story id such as "constructor" is not a story.
    const story = Object.hasOwn(get().stories, storyId) ? get().stories[storyId] : undefined;
    if (!story) return;
    const index = clamp(scene, story.scenes.length - 1);
    // Restarting from another scene keeps the snapshot taken when the story first began.
    const beforeStory = get().presenting ? get().beforeStory : snapshotBeforeStory(get());
    set({ storyId, scene: index, presenting: true, beforeStory, ...sceneState(story.scenes[index], get()) });
  },
  goToScene: (scene) => {
    const { stories, storyId } = get();
    const story = Object.hasOwn(stories, storyId) ? stories[storyId] : undefined;
    if (!story) return;
    const index = clamp(scene, story.scenes.length - 1);
    set({ scene: index, ...sceneState(story.scenes[index], get()) });
  },
  stopStory: () => {
    const before = get().beforeStory;
    set({ presenting: false, highlight: [], beforeStory: null, ...(before ? restoreBeforeStory(before) : {}) });
  },
  beforeStory: null,
  putStory: (story) =>
    set((s) => ({
      stories: { ...s.stories, [story.id]: story },
      storyId: story.id,
      scene: clamp(s.scene, story.scenes.length - 1),
    })),
});
