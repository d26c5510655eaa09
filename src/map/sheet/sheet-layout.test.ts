import { describe, expect, it } from 'vitest';
import { containsBounds, sheetLayout, SHEET_PX, wrapText } from './sheet-layout';

describe('the sheet', () => {
  it.each(['A4', 'A3'] as const)(
    '%s: map, side column and credits fit inside the page without overlapping',
    (paper) => {
      const L = sheetLayout(paper);
      expect([L.width, L.height]).toEqual(SHEET_PX[paper]);
      // Landscape, ISO ratio.
      expect(L.width / L.height).toBeCloseTo(Math.SQRT2, 2);
      for (const r of [L.header, L.map, L.side, L.footer]) {
        expect(r.x).toBeGreaterThanOrEqual(0);
        expect(r.y).toBeGreaterThanOrEqual(0);
        expect(r.x + r.w).toBeLessThanOrEqual(L.width);
        expect(r.y + r.h).toBeLessThanOrEqual(L.height);
      }
      expect(L.map.x + L.map.w).toBeLessThan(L.side.x);
      expect(L.header.y + L.header.h).toBeLessThan(L.map.y);
      expect(L.map.y + L.map.h).toBeLessThan(L.footer.y);
      // The map takes most of the page.
      expect((L.map.w * L.map.h) / (L.width * L.height)).toBeGreaterThan(0.45);
    },
  );

  it('wraps words to a width and never loses one', () => {
    const text = 'Water and districts: Stockholms stad (CC0) · Rail: © OpenStreetMap contributors (ODbL)';
    const lines = wrapText(text, 30, (s) => s.length);
    expect(lines.every((l) => l.length <= 30)).toBe(true);
    expect(lines.join(' ')).toBe(text);
    expect(wrapText('averyveryverylongword short', 5, (s) => s.length)).toEqual(['averyveryverylongword', 'short']);
  });

  it('knows when one box holds another', () => {
    expect(containsBounds([17, 59, 19, 60], [17.5, 59.2, 18.5, 59.8])).toBe(true);
    expect(containsBounds([17, 59, 19, 60], [16.9, 59.2, 18.5, 59.8])).toBe(false);
  });
});
