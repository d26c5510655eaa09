import { describe, expect, it } from 'vitest';
import { clampWithin, WITHIN_DEFAULT_METRES, WITHIN_MAX_METRES, WITHIN_STEP_METRES } from './limits';
import { parseQuery, formatQuery } from '../store/url-codec';
import { sceneSchema } from './story-schema';
import { MAX_WITHIN_METRES } from '../geo/zone-index';
import { createAtlasStore } from '../store/store';

// One home for the zone filter's limits: every reader agrees with data/limits.ts.
describe('the zone filter limits', () => {
  it('the link, the store, the story schema and the distance index take the same maximum', () => {
    expect(parseQuery(`within=${WITHIN_MAX_METRES}`).state.within).toBe(WITHIN_MAX_METRES);
    expect(parseQuery(`within=${WITHIN_MAX_METRES + WITHIN_STEP_METRES}`).problems[0]).toMatchObject({
      reason: 'invalid',
    });
    const store = createAtlasStore();
    store.getState().setWithin(WITHIN_MAX_METRES * 3);
    expect(store.getState().within).toBe(WITHIN_MAX_METRES);
    const scene = (within: number) =>
      sceneSchema.safeParse({
        camera: { center: [18, 59.3], zoom: 10 },
        layers: [],
        within,
        policyPoint: 'P5',
        title_sv: 'a',
        title_en: 'a',
        caption_sv: 'a',
        caption_en: 'a',
      }).success;
    expect(scene(WITHIN_MAX_METRES)).toBe(true);
    expect(scene(WITHIN_MAX_METRES + 1)).toBe(false);
    expect(MAX_WITHIN_METRES).toBe(WITHIN_MAX_METRES);
  });

  it('steps and the default', () => {
    expect(clampWithin(149)).toBe(100);
    expect(clampWithin(-20)).toBe(0);
    expect(formatQuery({ within: WITHIN_DEFAULT_METRES })).toBe('');
    expect(createAtlasStore().getState().within).toBe(WITHIN_DEFAULT_METRES);
  });
});
