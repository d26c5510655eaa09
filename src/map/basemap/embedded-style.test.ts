import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { embeddedStyle } from './embedded-style';

describe('embedded basemap style', () => {
  const style = embeddedStyle('/');

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs no glyph server and no network: every source is same-origin', () => {
    expect(style.glyphs).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      const data = 'data' in source ? source.data : undefined;
      expect(typeof data === 'string' && new URL(data).origin).toBe(window.location.origin);
    }
  });

  it('has unique, kebab-case layer ids', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('credits GSHHG', () => {
    expect(JSON.stringify(style.sources)).toContain('GSHHG 2.3.7');
  });
});
