/**
 * The atlas's data layers: id (also the `category` of every feature and the URL value),
 * file under data/, and id prefix. Order is legend order; zones are drawn under the points.
 */
export const POINT_LAYERS = [
  { id: 'buildings', file: 'buildings.geojson', prefix: 'bld-' },
  { id: 'universities', file: 'universities.geojson', prefix: 'uni-' },
  { id: 'hospitals', file: 'hospitals.geojson', prefix: 'hos-' },
  { id: 'research-infrastructure', file: 'research-infrastructure.geojson', prefix: 'inf-' },
  { id: 'incubators', file: 'incubators.geojson', prefix: 'inc-' },
  { id: 'pharma', file: 'pharma.geojson', prefix: 'pha-' },
  { id: 'agencies', file: 'agencies.geojson', prefix: 'age-' },
  { id: 'student-housing', file: 'student-housing.geojson', prefix: 'hou-' },
  { id: 'transit', file: 'transit.geojson', prefix: 'tra-' },
] as const;

/**
 * Layer ids that links made before a layer was renamed or split may still carry: the URL codec
 * reads them as the layer that holds those places now. (Hagastaden was both a zone and a layer of
 * its buildings; the buildings are now one layer for the whole region.)
 */
export const LAYER_ALIASES: Readonly<Record<string, LayerId>> = { hagastaden: 'buildings' };

export type PointLayerId = (typeof POINT_LAYERS)[number]['id'];
export const POINT_LAYER_IDS: readonly PointLayerId[] = POINT_LAYERS.map((l) => l.id);
export const ZONES_FILE = 'zones.geojson';
export type LayerId = PointLayerId | 'zones';
export const LAYER_IDS: readonly LayerId[] = ['zones', ...POINT_LAYER_IDS];

export function isLayerId(value: string): value is LayerId {
  return (LAYER_IDS as readonly string[]).includes(value);
}

export const THEMES = ['precision-medicine', 'atmp', 'digital-health', 'ai'] as const;
export type Theme = (typeof THEMES)[number];

export const POLICY_POINTS = [
  'P1',
  'P2',
  'P3',
  'P4',
  'P5',
  'P6',
  'P7',
  'P8',
  'P9',
  'P10',
  'P11',
  'P12',
  'P13',
] as const;
export type PolicyPoint = (typeof POLICY_POINTS)[number];

/** The region the atlas covers (the embedded basemap's box). Points outside are data errors. */
export const REGION = { west: 17.3, south: 59.0, east: 18.9, north: 59.95 } as const;

// The data's vocabularies, in reading order. The schemas, the URL codec and the filter panel
// all use these, so a new value is added in one place.
export const SEGMENTS = ['pharma', 'biotech', 'medtech', 'diagnostics', 'tools', 'cro-cdmo', 'health-tech'] as const;
export const ROLES = ['hq', 'rnd', 'production', 'commercial'] as const;
export const STAGES = ['startup', 'growth', 'established'] as const;
/** How a `since` year came about: founded, moved in, opened, or planned to open. */
export const SINCE_KINDS = ['founded', 'moved-in', 'opened', 'planned'] as const;
export const UNTIL_KINDS = ['moved-out', 'closed'] as const;
export const INCUBATOR_KINDS = [
  'incubator',
  'science-park',
  'innovation-office',
  'holding',
  'investment',
  'coworking',
  'cluster-organisation',
] as const;
