import type { FeatureCollection, Point } from 'geojson';
import type {
  LayerSpecification,
  BackgroundLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
} from 'maplibre-gl';

/** Every atlas layer draws from a source (no background layers here). */
export type SourcedLayer = Exclude<LayerSpecification, BackgroundLayerSpecification>;
import { POINT_LAYER_IDS, type PointLayerId } from '../../data/layers';
import type { Lang } from '../../i18n/i18n';
import { theme } from '../theme';
import { ICON_PREFIX, LAYER_SYMBOLS, ZONE_STYLE } from './symbols';
import { perFeatureCircle, perFeatureColour } from './shared-programs';

// Layer specs as data: pure factories of (layer, lang, state) → LayerSpecification.
// Ids are `<dataset>-<role>` and never change; the array order is the draw order.

/**
 * Every dataset's places, in two sources that differ only in order (each feature's `category`
 * says its dataset): icons are drawn in source order, labels compete for room in source order.
 */
export const PLACES_SOURCE = 'atlas-places';
export const PLACE_LABELS_SOURCE = 'atlas-place-labels';
export const ZONES_SOURCE = 'atlas-zones';
export const ZONE_LABELS_SOURCE = 'atlas-zone-labels';

const label = (lang: Lang): ExpressionSpecification =>
  lang === 'en' ? ['coalesce', ['get', 'name_en'], ['get', 'name']] : ['get', 'name'];

/** Lower sorts first: the district anchors and campuses win label collisions. */
const LABEL_PRIORITY: Record<PointLayerId, number> = {
  hospitals: 1,
  universities: 2,
  buildings: 3,
  agencies: 4,
  'research-infrastructure': 5,
  incubators: 6,
  pharma: 7,
  'student-housing': 8,
  transit: 9,
};

/** Labels appear when there is room: dense Hagastaden reads from about zoom 14. */
const LABEL_MINZOOM: Record<PointLayerId, number> = {
  buildings: 12.5,
  hospitals: 11,
  agencies: 12,
  universities: 10,
  'research-infrastructure': 11.5,
  incubators: 11.5,
  // Hundreds of companies: their names come in close up, after the places they sit in.
  pharma: 13.5,
  'student-housing': 12,
  transit: 12.5,
};

/** How the zone and attribute filters show: the ids that fall outside, dimmed or hidden. */
export interface OutsideStyle {
  ids: readonly string[];
  mode: 'dim' | 'hide';
}

/** Layers whose places hold others (a building's tenants, a hospital's units). */
export const HOST_LAYERS: readonly PointLayerId[] = ['buildings', 'hospitals'];
/**
 * Draw order of the point layers: hosts last, so a building's star sits on top of the
 * organisations standing on its coordinate and a click there opens the building with its list.
 */
export const DRAW_ORDER: readonly PointLayerId[] = [
  // The rest in legend order, bottom-up, as all layers were drawn before hosts existed.
  ...POINT_LAYER_IDS.filter((l) => !HOST_LAYERS.includes(l)),
  ...HOST_LAYERS,
];

type PlaceCollection = FeatureCollection<Point, { id: string; category: string }>;

/**
 * The places source for the icons, in the order they were drawn when each dataset had a layer of
 * its own: datasets in DRAW_ORDER, and within one dataset north to south (MapLibre drew a layer of
 * overlapping icons sorted by screen y, later features first on a tie). One layer with a sort key
 * per dataset draws in source order within a key, so the order is made here.
 */
export function placesInDrawOrder(byLayer: Record<PointLayerId, PlaceCollection>): PlaceCollection {
  const northToSouth = (fc: PlaceCollection) =>
    fc.features
      .map((f, i) => ({ f, i }))
      .sort((a, b) => b.f.geometry.coordinates[1] - a.f.geometry.coordinates[1] || b.i - a.i)
      .map(({ f }) => f);
  return { type: 'FeatureCollection', features: DRAW_ORDER.flatMap((l) => northToSouth(byLayer[l])) };
}

/** The places source for the labels: each dataset's places in file order, as their layers had them. */
export function placesInLabelOrder(byLayer: Record<PointLayerId, PlaceCollection>): PlaceCollection {
  return { type: 'FeatureCollection', features: POINT_LAYER_IDS.flatMap((l) => byLayer[l].features) };
}

/** What the time control does to a layer: ids not there in its year, of unknown year, and planned. */
export interface TimeStyle {
  absent: readonly string[];
  unknown: readonly string[];
  planned: readonly string[];
}
export const NO_TIME: TimeStyle = { absent: [], unknown: [], planned: [] };

/** Ids in a literal list: the membership tests every point layer's styling is built from. */
const idIn = (ids: readonly string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', [...ids]]];

/** A place of one of the given datasets (each feature's `category` is its layer's id). */
const ofLayers = (layers: readonly PointLayerId[]): ExpressionSpecification => [
  'in',
  ['get', 'category'],
  ['literal', [...layers]],
];

/** DRAW_ORDER as a symbol sort key: what was one layer per dataset, stacked, is one key per dataset. */
const DRAW_RANK: ExpressionSpecification = [
  'match',
  ['get', 'category'],
  ...DRAW_ORDER.flatMap((l, i) => [l, i]),
  DRAW_ORDER.length,
] as unknown as ExpressionSpecification;

/**
 * The places' rings and icons, every dataset in one source and one layer per purpose: the icon
 * and the stacking order come from each feature's `category`, so nine datasets cost the frame
 * two layers instead of eighteen. `visible` are the datasets the legend shows; id lists span
 * all datasets (ids carry their dataset's prefix, so they never collide).
 */
export function placeLayerSpecs(
  visible: readonly PointLayerId[],
  selectedId: string | null,
  outside: OutsideStyle = { ids: [], mode: 'dim' },
  highlight: readonly string[] = [],
  time: TimeStyle = NO_TIME,
): SourcedLayer[] {
  // The selected place and a story scene's highlighted places share one ring.
  const isSelected = idIn([selectedId ?? '', ...highlight]);
  const isOutside = idIn(outside.ids);
  // A place not there in the time control's year is not drawn at all (not dimmed: it was not there).
  const hidden: ExpressionSpecification[] = [
    ...(outside.ids.length && outside.mode === 'hide' ? [isOutside] : []),
    ...(time.absent.length ? [idIn(time.absent)] : []),
  ];
  const shown: FilterSpecification = [
    'all',
    ofLayers(visible),
    ...(hidden.length ? [['!', hidden.length === 1 ? hidden[0] : ['any', ...hidden]] as ExpressionSpecification] : []),
  ];
  return [
    {
      // From the labels source (file order, as each dataset's ring layer had it), datasets in draw order.
      id: 'places-selected',
      type: 'circle',
      source: PLACE_LABELS_SOURCE,
      filter: ['all', ofLayers(visible), isSelected],
      layout: { 'circle-sort-key': DRAW_RANK },
      paint: perFeatureCircle({
        'circle-radius': 16,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-color': '#1d232b',
        'circle-stroke-width': 3,
      }),
    },
    {
      id: 'places-symbol',
      type: 'symbol',
      source: PLACES_SOURCE,
      filter: shown,
      // Outside the chosen zones: faint; year not known or only planned (time control): pale.
      paint: {
        'icon-opacity': ['case', isOutside, 0.22, idIn(time.unknown), 0.4, idIn(time.planned), 0.55, 1],
      },
      layout: {
        'icon-image': ['concat', ICON_PREFIX, ['get', 'category']],
        'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.55, 12, 0.8, 15, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        // With a sort key MapLibre draws in key order across tiles: hosts on top, as before.
        'symbol-sort-key': DRAW_RANK,
      },
    },
  ];
}

/** A place's name on the map: a host's with its number of occupants, a planned place's with its year. */
function placeText(host: boolean, lang: Lang, planned: readonly string[]): ExpressionSpecification {
  const base: ExpressionSpecification = host
    ? [
        'case',
        ['>', ['coalesce', ['get', 'occupants'], 0], 0],
        ['concat', label(lang), ' · ', ['to-string', ['get', 'occupants']]],
        label(lang),
      ]
    : label(lang);
  // A planned place says so, with its year: "Hagastaden (planned 2028)".
  return planned.length
    ? [
        'case',
        idIn(planned),
        ['concat', base, lang === 'sv' ? ' (planerad ' : ' (planned ', ['to-string', ['get', 'since']], ')'],
        base,
      ]
    : base;
}

/**
 * One dataset's labels, from the shared labels source: its own minimum zoom and collision
 * priority keep them a layer each.
 */
export function pointLabelSpec(
  layer: PointLayerId,
  lang: Lang,
  selectedId: string | null,
  outside: OutsideStyle = { ids: [], mode: 'dim' },
  highlight: readonly string[] = [],
  hostsShown = false,
  time: TimeStyle = NO_TIME,
): SourcedLayer {
  // The selected place and a story scene's highlighted places are named by their own layer.
  const isSelected = idIn([selectedId ?? '', ...highlight]);
  // An organisation in a building is named by the building's label ("Forskaren · 9") while the
  // buildings are shown; its own name is in the building's details and on hover.
  const named: ExpressionSpecification[] = [
    ['==', ['get', 'category'], layer],
    ...(outside.ids.length ? [['!', idIn(outside.ids)] as ExpressionSpecification] : []),
    // A highlighted or selected place is named by the highlight layer (placeHighlightSpec).
    ...(hostsShown && !HOST_LAYERS.includes(layer) ? [['!', ['has', 'building']] as ExpressionSpecification] : []),
    ['!', isSelected] as ExpressionSpecification,
  ];
  if (time.absent.length) named.push(['!', idIn(time.absent)]);
  return {
    id: `${layer}-label`,
    type: 'symbol',
    source: PLACE_LABELS_SOURCE,
    filter: ['all', ...named],
    minzoom: LABEL_MINZOOM[layer],
    layout: {
      'text-field': placeText(HOST_LAYERS.includes(layer), lang, time.planned),
      'text-font': [theme.font],
      'text-size': 12,
      'text-anchor': 'left',
      'text-offset': [0.9, 0],
      'text-max-width': 10,
      'text-optional': true,
      // A highlighted or selected place's name is placed first within its layer.
      'symbol-sort-key': ['case', isSelected as ExpressionSpecification, 0, LABEL_PRIORITY[layer]],
    },
    paint: {
      'text-color': perFeatureColour(layer === 'transit' ? '#333333' : '#1d232b'),
      'text-halo-color': 'rgba(255,255,255,0.95)',
      'text-halo-width': 1.5,
    },
  };
}

/**
 * What a slide highlights (or the user selected) is always named, at every zoom, by one layer
 * above all others, so it wins the collision and its neighbours give way. An organisation in a
 * building is named to the left: the building's own label is on the right. Names may overlap;
 * the sort key stacks them as the per-dataset layers did (the legend's first dataset on top),
 * and the source's north-to-south order stands in for MapLibre's screen-y order within one.
 */
export function placeHighlightSpec(
  visible: readonly PointLayerId[],
  lang: Lang,
  selectedId: string | null,
  highlight: readonly string[] = [],
  time: TimeStyle = NO_TIME,
): SourcedLayer {
  const isHost = ofLayers(HOST_LAYERS);
  return {
    id: 'places-highlight-label',
    type: 'symbol',
    source: PLACES_SOURCE,
    filter: ['all', ofLayers(visible), idIn([selectedId ?? '', ...highlight])],
    layout: {
      'text-field': ['case', isHost, placeText(true, lang, time.planned), label(lang)],
      'text-font': [theme.font],
      'text-size': 13,
      'text-anchor': ['case', isHost, 'left', 'right'],
      'text-offset': ['case', isHost, ['literal', [1.1, 0]], ['literal', [-1.1, 0]]],
      'text-max-width': 12,
      'text-allow-overlap': true,
      'symbol-sort-key': [
        'match',
        ['get', 'category'],
        ...POINT_LAYER_IDS.flatMap((l, i) => [l, POINT_LAYER_IDS.length - 1 - i]),
        0,
      ] as unknown as ExpressionSpecification,
    },
    paint: {
      'text-color': perFeatureColour('#1d232b'),
      'text-halo-color': 'rgba(255,255,255,0.97)',
      'text-halo-width': 2,
    },
  };
}

const byStatus = <T>(proposed: T, candidate: T): ExpressionSpecification =>
  ['match', ['get', 'status'], 'proposed', proposed as never, candidate as never] as ExpressionSpecification;

export function zoneLayerSpecs(lang: Lang, selectedId: string | null): SourcedLayer[] {
  return [
    {
      id: 'zones-fill',
      type: 'fill',
      source: ZONES_SOURCE,
      paint: {
        'fill-color': byStatus(ZONE_STYLE.proposed.fill, ZONE_STYLE.candidate.fill),
        'fill-opacity': [
          'case',
          ['==', ['get', 'id'], selectedId ?? ''],
          0.28,
          byStatus(ZONE_STYLE.proposed.fillOpacity, ZONE_STYLE.candidate.fillOpacity),
        ],
      },
    },
    {
      id: 'zones-outline-candidate',
      type: 'line',
      source: ZONES_SOURCE,
      filter: ['==', ['get', 'status'], 'candidate'],
      paint: {
        'line-color': perFeatureColour(ZONE_STYLE.candidate.line),
        'line-width': ZONE_STYLE.candidate.width,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'zones-outline-proposed',
      type: 'line',
      source: ZONES_SOURCE,
      filter: ['==', ['get', 'status'], 'proposed'],
      paint: { 'line-color': perFeatureColour(ZONE_STYLE.proposed.line), 'line-width': ZONE_STYLE.proposed.width },
    },
    {
      id: 'zones-label',
      type: 'symbol',
      source: ZONE_LABELS_SOURCE,
      layout: {
        // The short name reads at region zoom; the full name once there is room for it.
        'text-field': [
          'step',
          ['zoom'],
          lang === 'en' ? ['coalesce', ['get', 'short_name_en'], ['get', 'short_name']] : ['get', 'short_name'],
          13,
          label(lang),
        ],
        'text-font': [theme.font],
        'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 13, 15],
        'text-transform': 'uppercase',
        'text-letter-spacing': 0.06,
        'text-max-width': 9,
        // Zone names must show even where points crowd; points give way.
        'text-allow-overlap': false,
        'symbol-sort-key': 0,
      },
      paint: {
        'text-color': byStatus(ZONE_STYLE.proposed.line, '#24415c'),
        'text-halo-color': 'rgba(255,255,255,0.95)',
        'text-halo-width': 2,
      },
    },
  ];
}

/** Layers that answer hover and click (the places layer draws only the datasets shown). */
export const interactiveLayerIds = (layers: readonly PointLayerId[]) => [
  ...(layers.length ? ['places-symbol'] : []),
  'zones-fill',
];

export { LAYER_SYMBOLS };
