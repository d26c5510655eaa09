import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { validateStory, type Story } from '../../data/story-schema';
import { deleteScene, editScene, insertScene, moveScene } from './story-edit';

const story = validateStory('x', JSON.parse(readFileSync('data/stories/stockholm-life-science-hub.json', 'utf8')))
  .story as Story;
const titles = (s: Story) => s.scenes.map((x) => x.title_en);

describe('story edits', () => {
  it('the default story is valid and has 8–12 scenes', () => {
    expect(story.scenes.length).toBeGreaterThanOrEqual(8);
    expect(story.scenes.length).toBeLessThanOrEqual(12);
  });

  it('moves a scene and leaves the input alone', () => {
    const before = JSON.stringify(story);
    const moved = moveScene(story, 1, 0);
    expect(titles(moved).slice(0, 2)).toEqual([story.scenes[1].title_en, story.scenes[0].title_en]);
    expect(JSON.stringify(story)).toBe(before);
    expect(moveScene(story, 0, -1)).toBe(story);
  });

  it('edits a caption, deletes and inserts scenes, and the result stays valid', () => {
    let s = editScene(story, 2, { caption_en: 'For Acme Bio: the hospital is 300 m away.' });
    s = deleteScene(s, 0);
    s = insertScene(s, story.scenes[0], 1);
    expect(s.scenes[1].title_en).toBe(story.scenes[0].title_en);
    expect(s.scenes[1 + 1].caption_en).toBe('For Acme Bio: the hospital is 300 m away.');
    expect(validateStory('x', s).problems).toEqual([]);
  });

  it('never deletes the last scene', () => {
    const one = { ...story, scenes: [story.scenes[0]] };
    expect(deleteScene(one, 0)).toBe(one);
  });
});

describe('story validation', () => {
  it('names the file, the scene and the field', () => {
    const bad = structuredClone(story) as unknown as { scenes: Record<string, unknown>[] };
    delete bad.scenes[2].title_en;
    (bad.scenes[4].camera as { zoom: number }).zoom = 40;
    bad.scenes[6].policyPoint = 'P20';
    expect(validateStory('data/stories/bad.json', bad).problems).toEqual([
      'data/stories/bad.json → scene 3 → title_en → is missing',
      'data/stories/bad.json → scene 5 → camera.zoom → Too big: expected number to be <=17',
      'data/stories/bad.json → scene 7 → policyPoint → "P20" is not a policy point (P1–P13)',
    ]);
  });

  it('rejects something that is not a story at all', () => {
    expect(validateStory('f.json', [1, 2, 3]).problems[0]).toMatch(/^f\.json → \(story\) → \(story\) → /);
  });
});
