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
import { iconId, LAYER_SYMBOLS, ZONE_STYLE } from './symbols';

// Layer specs as data: pure factories of (layer, lang, state) → LayerSpecification.
// Ids are `<dataset>-<role>` and never change; the array order is the draw order.

export const pointSourceId = (layer: PointLayerId) => `atlas-${layer}`;
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

/** What the time control does to a layer: ids not there in its year, of unknown year, and planned. */
export interface TimeStyle {
  absent: readonly string[];
  unknown: readonly string[];
  planned: readonly string[];
}
export const NO_TIME: TimeStyle = { absent: [], unknown: [], planned: [] };

export function pointLayerSpecs(
  layer: PointLayerId,
  lang: Lang,
  selectedId: string | null,
  outside: OutsideStyle = { ids: [], mode: 'dim' },
  highlight: readonly string[] = [],
  hostsShown = false,
  time: TimeStyle = NO_TIME,
): SourcedLayer[] {
  const source = pointSourceId(layer);
  // The selected place and a story scene's highlighted places share one ring.
  const isSelected: FilterSpecification = ['in', ['get', 'id'], ['literal', [selectedId ?? '', ...highlight]]];
  const isOutside: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...outside.ids]]];
  const isAbsent: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...time.absent]]];
  const isPale: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...time.unknown]]];
  const isPlanned: ExpressionSpecification = ['in', ['get', 'id'], ['literal', [...time.planned]]];
  // A place not there in the time control's year is not drawn at all (not dimmed: it was not there).
  const hidden: ExpressionSpecification[] = [
    ...(outside.ids.length && outside.mode === 'hide' ? [isOutside] : []),
    ...(time.absent.length ? [isAbsent] : []),
  ];
  const shown: FilterSpecification | undefined = hidden.length
    ? ['!', hidden.length === 1 ? hidden[0] : ['any', ...hidden]]
    : undefined;
  // An organisation in a building is named by the building's label ("Forskaren · 9") while the
  // buildings are shown; its own name is in the building's details and on hover.
  const named: ExpressionSpecification[] = [
    ...(outside.ids.length ? [['!', isOutside] as ExpressionSpecification] : []),
    // A highlighted or selected place is named by its own label layer below.
    ...(hostsShown && !HOST_LAYERS.includes(layer) ? [['!', ['has', 'building']] as ExpressionSpecification] : []),
    ['!', isSelected] as ExpressionSpecification,
  ];
  if (time.absent.length) named.push(['!', isAbsent]);
  const labelled: FilterSpecification | undefined =
    named.length === 0 ? undefined : named.length === 1 ? named[0] : ['all', ...named];
  const base: ExpressionSpecification = HOST_LAYERS.includes(layer)
    ? [
        'case',
        ['>', ['coalesce', ['get', 'occupants'], 0], 0],
        ['concat', label(lang), ' · ', ['to-string', ['get', 'occupants']]],
        label(lang),
      ]
    : label(lang);
  // A planned place says so, with its year: "Hagastaden (planned 2028)".
  const text: ExpressionSpecification = time.planned.length
    ? [
        'case',
        isPlanned,
        ['concat', base, lang === 'sv' ? ' (planerad ' : ' (planned ', ['to-string', ['get', 'since']], ')'],
        base,
      ]
    : base;
  return [
    {
      id: `${layer}-selected`,
      type: 'circle',
      source,
      filter: isSelected,
      paint: {
        'circle-radius': 16,
        'circle-color': 'rgba(255,255,255,0.6)',
        'circle-stroke-color': '#1d232b',
        'circle-stroke-width': 3,
      },
    },
    {
      id: `${layer}-symbol`,
      type: 'symbol',
      source,
      ...(shown ? { filter: shown } : {}),
      // Outside the chosen zones: faint; year not known or only planned (time control): pale.
      paint: { 'icon-opacity': ['case', isOutside, 0.22, isPale, 0.4, isPlanned, 0.55, 1] },
      layout: {
        'icon-image': iconId(layer),
        'icon-size': ['interpolate', ['linear'], ['zoom'], 8, 0.55, 12, 0.8, 15, 1],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'symbol-sort-key': LABEL_PRIORITY[layer],
      },
    },
    {
      id: `${layer}-label`,
      type: 'symbol',
      source,
      ...(labelled ? { filter: labelled } : {}),
      minzoom: LABEL_MINZOOM[layer],
      layout: {
        'text-field': text,
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
        'text-color': layer === 'transit' ? '#333333' : '#1d232b',
        'text-halo-color': 'rgba(255,255,255,0.95)',
        'text-halo-width': 1.5,
      },
    },
    // What a slide highlights (or the user selected) is always named, at every zoom, and its
    // label layers sit above all others so it wins the collision and its neighbours give way.
    // An organisation in a building is named to the left: the building's own label is on the right.
    {
      id: `${layer}-highlight-label`,
      type: 'symbol' as const,
      source,
      filter: isSelected,
      layout: {
        'text-field': HOST_LAYERS.includes(layer) ? text : label(lang),
        'text-font': [theme.font],
        'text-size': 13,
        'text-anchor': HOST_LAYERS.includes(layer) ? ('left' as const) : ('right' as const),
        'text-offset': HOST_LAYERS.includes(layer) ? ([1.1, 0] as [number, number]) : ([-1.1, 0] as [number, number]),
        'text-max-width': 12,
        'text-allow-overlap': true,
      },
      paint: { 'text-color': '#1d232b', 'text-halo-color': 'rgba(255,255,255,0.97)', 'text-halo-width': 2 },
    },
  ];
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
        'line-color': ZONE_STYLE.candidate.line,
        'line-width': ZONE_STYLE.candidate.width,
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'zones-outline-proposed',
      type: 'line',
      source: ZONES_SOURCE,
      filter: ['==', ['get', 'status'], 'proposed'],
      paint: { 'line-color': ZONE_STYLE.proposed.line, 'line-width': ZONE_STYLE.proposed.width },
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

/** Layers that answer hover and click. */
export const interactiveLayerIds = (layers: readonly PointLayerId[]) => [
  ...layers.map((l) => `${l}-symbol`),
  'zones-fill',
];

export { LAYER_SYMBOLS };
