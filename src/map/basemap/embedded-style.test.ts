// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { embeddedAttribution, embeddedStyle } from './embedded-style';
import { basemapUrl } from '../../data/basemap-files';

describe('embedded basemap style', () => {
  const style = embeddedStyle('/');

  it('is a valid MapLibre style', () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('needs no glyph server and no network: every source is same-origin', () => {
    expect(style.glyphs).toBeUndefined();
    for (const source of Object.values(style.sources)) {
      const data = 'data' in source ? source.data : undefined;
      if (typeof data === 'object') continue; // inline data (the stops source starts empty)
      expect(typeof data === 'string' && new URL(data).origin).toBe(window.location.origin);
    }
  });

  it('has unique, kebab-case layer ids', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(-[a-z]+)+$/);
  });

  it('credits every source in both languages', () => {
    for (const lang of ['sv', 'en'] as const) {
      const credit = embeddedAttribution(lang);
      for (const must of ['Stockholms stad', 'OpenStreetMap', 'GSHHG 2.3.7', 'Trafiklab.se', 'CC BY 4.0', 'SCB'])
        expect(credit).toContain(must);
    }
    expect(embeddedAttribution('sv')).toContain('OpenStreetMap-bidragsgivare');
    expect(embeddedAttribution('en')).toContain('OpenStreetMap contributors');
  });

  it('resolves files against the page, so the atlas works under a sub-path', () => {
    expect(basemapUrl('./')('water.geojson')).toBe(new URL('./basemap/water.geojson', window.location.href).href);
  });
});
