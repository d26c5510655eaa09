import type { Scene, Story } from '../../data/story-schema';

// Story edits as pure functions from story to story (the iD way): easy to test, easy to undo.

export function moveScene(story: Story, from: number, to: number): Story {
  if (to < 0 || to >= story.scenes.length || from === to) return story;
  const scenes = [...story.scenes];
  const [moved] = scenes.splice(from, 1);
  scenes.splice(to, 0, moved);
  return { ...story, scenes };
}

export function deleteScene(story: Story, index: number): Story {
  if (story.scenes.length <= 1) return story;
  return { ...story, scenes: story.scenes.filter((_, i) => i !== index) };
}

export function editScene(story: Story, index: number, patch: Partial<Scene>): Story {
  return { ...story, scenes: story.scenes.map((s, i) => (i === index ? { ...s, ...patch } : s)) };
}

export function insertScene(story: Story, scene: Scene, at = story.scenes.length): Story {
  const scenes = [...story.scenes];
  scenes.splice(at, 0, scene);
  return { ...story, scenes };
}
