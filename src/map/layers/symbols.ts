import type { PointLayerId } from '../../data/layers';

/**
 * Each point layer's symbol: a colour from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies) AND a distinct shape, so colour is never the only cue.
 * Shapes are SVG paths in a 24×24 box: the legend draws them as SVG, the map rasterises the
 * same paths into icons, so the two cannot drift.
 */
export const SHAPES = {
  star: 'M12 1.5l3.1 6.9 7.4.7-5.6 5 1.7 7.4L12 17.6l-6.6 3.9 1.7-7.4-5.6-5 7.4-.7z',
  square: 'M4 4h16v16H4z',
  diamond: 'M12 1.5L22.5 12 12 22.5 1.5 12z',
  triangle: 'M12 2.5L22.5 21H1.5z',
  circle: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18z',
  house: 'M12 2.5l10 8.5v11H2V11z',
  hexagon: 'M12 1.8l9 5.1v10.2l-9 5.1-9-5.1V6.9z',
  cross: 'M8.5 2h7v6.5H22v7h-6.5V22h-7v-6.5H2v-7h6.5z',
  pentagon: 'M12 2l10 7.3-3.8 11.7H5.8L2 9.3z',
} as const;

export type Shape = keyof typeof SHAPES;

export const LAYER_SYMBOLS: Record<PointLayerId, { colour: string; shape: Shape }> = {
  buildings: { colour: '#D55E00', shape: 'star' },
  universities: { colour: '#0072B2', shape: 'square' },
  // Beyond Okabe–Ito's eight colours the shape carries the difference (a cross, a pentagon).
  hospitals: { colour: '#A4133C', shape: 'cross' },
  'research-infrastructure': { colour: '#009E73', shape: 'diamond' },
  incubators: { colour: '#E69F00', shape: 'triangle' },
  pharma: { colour: '#CC79A7', shape: 'circle' },
  agencies: { colour: '#5F4B8B', shape: 'pentagon' },
  'student-housing': { colour: '#56B4E9', shape: 'house' },
  transit: { colour: '#222222', shape: 'hexagon' },
};

export const ZONE_STYLE = {
  proposed: { line: '#D55E00', fill: '#D55E00', fillOpacity: 0.14, width: 3 },
  candidate: { line: '#3b5b7a', fill: '#3b5b7a', fillOpacity: 0.07, width: 2 },
} as const;

export const ICON_PREFIX = 'atlas-icon-';
export const iconId = (layer: PointLayerId) => `${ICON_PREFIX}${layer}`;
export const ICON_PIXEL_RATIO = 2;
