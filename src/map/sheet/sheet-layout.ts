/**
 * The printed sheet and the PNG are one document: a landscape page with a title band, the map
 * in a frame, a side column (legend and what the view shows) and the credits underneath. Pure
 * geometry here; drawing is in render-sheet.ts.
 */
export type Paper = 'A4' | 'A3';

/** Pixel size of a landscape sheet: A4 at 150 dpi, A3 at the same density (√2 larger). */
export const SHEET_PX: Record<Paper, [number, number]> = { A4: [1754, 1240], A3: [2480, 1754] };

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface SheetLayout {
  width: number;
  height: number;
  /** Multiplier for type and strokes, 1 on A4. */
  k: number;
  header: Rect;
  map: Rect;
  side: Rect;
  footer: Rect;
}

export function sheetLayout(paper: Paper): SheetLayout {
  const [width, height] = SHEET_PX[paper];
  const k = width / SHEET_PX.A4[0];
  const m = Math.round(36 * k);
  const headerH = Math.round(104 * k);
  const footerH = Math.round(118 * k);
  const sideW = Math.round(400 * k);
  const gap = Math.round(24 * k);
  const top = m + headerH + gap;
  const mapH = height - top - gap - footerH - m;
  return {
    width,
    height,
    k,
    header: { x: m, y: m, w: width - 2 * m, h: headerH },
    map: { x: m, y: top, w: width - 2 * m - sideW - gap, h: mapH },
    side: { x: width - m - sideW, y: top, w: sideW, h: mapH },
    footer: { x: m, y: height - m - footerH, w: width - 2 * m, h: footerH },
  };
}

/** Greedy word wrap by a measuring function (the canvas's measureText in the app). */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (measure(next) <= maxWidth || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Whether bounds `inner` lie within `outer` (west, south, east, north), with a little slack. */
export function containsBounds(
  outer: [number, number, number, number],
  inner: [number, number, number, number],
  slack = 1e-6,
): boolean {
  return (
    outer[0] <= inner[0] + slack &&
    outer[1] <= inner[1] + slack &&
    outer[2] >= inner[2] - slack &&
    outer[3] >= inner[3] - slack
  );
}
