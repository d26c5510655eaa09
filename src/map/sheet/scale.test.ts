import { describe, expect, it } from 'vitest';
import { niceScale } from './scale';

describe('niceScale', () => {
  it.each([
    [10, { metres: 1000, label: '1 km' }],
    [3, { metres: 200, label: '200 m' }],
    [0.5, { metres: 50, label: '50 m' }],
    [90, { metres: 10000, label: '10 km' }],
  ])('%f m/px', (mpp, expected) => {
    const s = niceScale(mpp, 120);
    expect({ metres: s.metres, label: s.label }).toEqual(expected);
    expect(s.px).toBeLessThanOrEqual(120);
  });
});
