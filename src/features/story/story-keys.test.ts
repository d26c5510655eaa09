import { describe, expect, it } from 'vitest';
import { storyKey } from './story-keys';

describe('presentation keys', () => {
  it.each([
    ['PageDown', 3, { kind: 'go', scene: 4 }],
    [' ', 3, { kind: 'go', scene: 4 }],
    ['ArrowRight', 11, { kind: 'go', scene: 11 }],
    ['PageUp', 0, { kind: 'go', scene: 0 }],
    ['ArrowLeft', 5, { kind: 'go', scene: 4 }],
    ['Home', 7, { kind: 'go', scene: 0 }],
    ['End', 2, { kind: 'go', scene: 11 }],
    ['3', 0, { kind: 'go', scene: 2 }],
    ['0', 0, { kind: 'go', scene: 9 }],
    ['Escape', 4, { kind: 'exit' }],
    ['x', 4, null],
  ])('%j at scene %i', (key, scene, action) => {
    expect(storyKey(key, scene, 12)).toEqual(action);
  });

  it('ignores a number beyond the last scene', () => {
    expect(storyKey('9', 0, 5)).toBeNull();
  });
});
