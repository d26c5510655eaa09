import { describe, expect, it } from 'vitest';
import { DIGIT_PAUSE_MS, digitJump, storyKey } from './story-keys';

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

describe('two-digit scene numbers', () => {
  it('"1" then "2" quickly reaches scene 12; slowly, scene 2', () => {
    const first = digitJump({ digits: '', at: 0 }, '1', 1000, 12);
    expect(first).toEqual({ digits: '1', scene: 0 });
    expect(digitJump({ digits: first.digits, at: 1000 }, '2', 1300, 12)).toEqual({ digits: '', scene: 11 });
    expect(digitJump({ digits: first.digits, at: 1000 }, '2', 1000 + DIGIT_PAUSE_MS + 1, 12)).toEqual({
      digits: '2',
      scene: 1,
    });
  });

  it('a pair beyond the last scene falls back to the second digit alone', () => {
    expect(digitJump({ digits: '2', at: 0 }, '5', 100, 12)).toEqual({ digits: '5', scene: 4 });
  });

  it('"1", "0" reaches scene 10 and "1", "1" scene 11', () => {
    expect(digitJump({ digits: '1', at: 0 }, '0', 100, 12).scene).toBe(9);
    expect(digitJump({ digits: '1', at: 0 }, '1', 100, 12).scene).toBe(10);
  });
});
