import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Paint values written per feature on purpose, so that every layer of a type shares one shader
 * program.
 *
 * MapLibre compiles a program for each layer type and each mix of constant and per-feature
 * ("data-driven") paint properties it meets, and with software WebGL (a laptop without a GPU,
 * this project's CI) compiling and linking one blocks the page for ~100 ms. The atlas's fills and
 * labels came in two mixes each (zones coloured per status against constant water; rail and zone
 * names coloured per feature against the other names): 13 programs at start-up where 10 draw
 * the same picture, and one more the first time a zone's "within" band or an own area was drawn.
 * A constant wrapped in an expression that reads a property no feature has (`atlas:none`) puts a
 * layer in the per-feature mix; it costs a few bytes per vertex. Use it for fill-color,
 * fill-opacity, line-color and text-color, the properties that are per feature somewhere else in
 * the style, and perFeatureCircle for circles.
 */
const NONE = 'atlas:none';

export const perFeatureColour = (colour: string): ExpressionSpecification => [
  'to-color',
  ['coalesce', ['get', NONE], colour],
];

export const perFeatureNumber = (value: number): ExpressionSpecification => [
  'to-number',
  ['coalesce', ['get', NONE], value],
];

type CircleProperty =
  | 'circle-radius'
  | 'circle-color'
  | 'circle-opacity'
  | 'circle-stroke-color'
  | 'circle-stroke-width'
  | 'circle-stroke-opacity';
const CIRCLE_DEFAULTS: Record<CircleProperty, string | number> = {
  'circle-radius': 5,
  'circle-color': '#000000',
  'circle-opacity': 1,
  'circle-stroke-color': '#000000',
  'circle-stroke-width': 0,
  'circle-stroke-opacity': 1,
};

/** Sizes that vary with zoom somewhere (stations grow as you zoom in) vary with zoom everywhere. */
const ZOOMED: readonly CircleProperty[] = ['circle-radius', 'circle-stroke-width'];

/**
 * A value per feature and per zoom, as MapLibre's "composite" expressions are: a plain value or
 * a per-feature expression is held the same from zoom 0 to 24; an interpolation over zoom keeps
 * its stops, each made per feature.
 */
function perFeatureZoomed(value: number | ExpressionSpecification): ExpressionSpecification {
  const isZoomCurve =
    Array.isArray(value) &&
    value[0] === 'interpolate' &&
    Array.isArray(value[2]) &&
    (value[2] as unknown[])[0] === 'zoom';
  if (isZoomCurve) {
    const [op, how, zoom, ...stops] = value as unknown[];
    return [
      op,
      how,
      zoom,
      ...stops.map((s, i) => (i % 2 === 1 && typeof s === 'number' ? perFeatureNumber(s) : s)),
    ] as ExpressionSpecification;
  }
  const v = typeof value === 'number' ? perFeatureNumber(value) : value;
  return ['interpolate', ['linear'], ['zoom'], 0, v, 24, v];
}

/**
 * A circle layer's paint with every property that is per feature (or per feature and zoom)
 * somewhere also per feature (and zoom) here: constants wrapped, unset ones given their
 * default, radius and stroke width as zoom curves. All circles — stations, stops, the selected
 * place's ring, sites, own clusters and points — then share one program.
 */
export function perFeatureCircle(
  paint: Partial<Record<CircleProperty, string | number | ExpressionSpecification>>,
): Record<CircleProperty, ExpressionSpecification> {
  const out = {} as Record<CircleProperty, ExpressionSpecification>;
  for (const key of Object.keys(CIRCLE_DEFAULTS) as CircleProperty[]) {
    const value = paint[key] ?? CIRCLE_DEFAULTS[key];
    if (ZOOMED.includes(key) && typeof value !== 'string') out[key] = perFeatureZoomed(value);
    else
      out[key] =
        typeof value === 'string'
          ? perFeatureColour(value)
          : typeof value === 'number'
            ? perFeatureNumber(value)
            : value;
  }
  return out;
}
