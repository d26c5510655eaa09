// Colour and type tokens. Layer specs and the legend both read from here, so they cannot drift.
export const theme = {
  font: 'Inter',
  land: '#f3f1ec',
  water: '#c6dae6',
  border: '#9a9488',
  station: '#3b4350',
  planned: '#b58a00',
  stop: '#8b9099',
  labelTown: '#4a4f57',
  labelDistrict: '#6b717a',
  labelWater: '#4f7590',
  labelStation: '#2f3640',
  halo: 'rgba(255,255,255,0.9)',
} as const;

/**
 * [west, south, east, north], as react-map-gl wants it: just inside the embedded basemap's box
 * (15.5–19.9°E, 58.75–60.3°N), outside which only the background would show.
 */
export const MAX_BOUNDS: [number, number, number, number] = [15.52, 58.76, 19.88, 60.29];
/** The opening view when the URL has no hash: Stockholm to Uppsala. */
export const HOME_BOUNDS: [[number, number], [number, number]] = [
  [17.55, 59.16],
  [18.45, 59.88],
];
export const MIN_ZOOM = 7;
export const MAX_ZOOM = 17;
/**
 * Above this the embedded map shows all it has (water, rail, stations, stops) and the lack of
 * streets is what a reader notices: say so there, once.
 */
export const EMBEDDED_DETAIL_LIMIT = 15;
