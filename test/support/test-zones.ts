import type { Feature, Polygon } from 'geojson';

// Two zones shaped like the real ones: an irregular Hagastaden-sized polygon and one with a hole.
export const zoneA: Feature<Polygon, { id: string }> = {
  type: 'Feature',
  properties: { id: 'zone-a' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [18.02, 59.343],
        [18.045, 59.344],
        [18.046, 59.355],
        [18.03, 59.356],
        [18.019, 59.35],
        [18.02, 59.343],
      ],
    ],
  },
};
export const zoneB: Feature<Polygon, { id: string }> = {
  type: 'Feature',
  properties: { id: 'zone-b' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [17.93, 59.21],
        [17.96, 59.21],
        [17.96, 59.23],
        [17.93, 59.23],
        [17.93, 59.21],
      ],
      [
        [17.94, 59.215],
        [17.945, 59.215],
        [17.945, 59.22],
        [17.94, 59.22],
        [17.94, 59.215],
      ],
    ],
  },
};
