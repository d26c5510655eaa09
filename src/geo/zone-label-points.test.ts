import { describe, expect, it } from 'vitest';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { MultiPolygon, FeatureCollection, Polygon } from 'geojson';
import { zoneLabelPoints } from './zone-label-points';

const square: FeatureCollection<Polygon, { id: string }> = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { id: 'zone-square' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18, 59],
            [18.1, 59],
            [18.1, 59.1],
            [18, 59.1],
            [18, 59],
          ],
        ],
      },
    },
    {
      // A "C" shape whose centroid lies in the gap.
      type: 'Feature',
      properties: { id: 'zone-c' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [18, 59],
            [18.3, 59],
            [18.3, 59.05],
            [18.05, 59.05],
            [18.05, 59.25],
            [18.3, 59.25],
            [18.3, 59.3],
            [18, 59.3],
            [18, 59],
          ],
        ],
      },
    },
  ],
};

describe('zoneLabelPoints', () => {
  it('puts every label inside its zone and keeps the properties', () => {
    const labels = zoneLabelPoints(square);
    expect(labels.features.map((f) => f.properties.id)).toEqual(['zone-square', 'zone-c']);
    for (const [i, label] of labels.features.entries())
      expect(booleanPointInPolygon(label, square.features[i])).toBe(true);
    expect(labels.features[0].geometry.coordinates[0]).toBeCloseTo(18.05, 6);
  });

  it('labels a multi-part zone on its largest part, even when a small part has more vertices', () => {
    const small = Array.from({ length: 40 }, (_, i) => [
      18.5 + 0.01 * Math.cos((i / 40) * 2 * Math.PI),
      59.5 + 0.005 * Math.sin((i / 40) * 2 * Math.PI),
    ]);
    const multi: FeatureCollection<MultiPolygon, { id: string }> = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { id: 'zone-two-parts' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [
              [
                [
                  [18, 59],
                  [18.2, 59],
                  [18.2, 59.1],
                  [18, 59.1],
                  [18, 59],
                ],
              ],
              [[...small, small[0]]],
            ],
          },
        },
      ],
    };
    const [x, y] = zoneLabelPoints(multi).features[0].geometry.coordinates;
    expect(x).toBeCloseTo(18.1, 6);
    expect(y).toBeCloseTo(59.05, 6);
  });

  it('does not mutate its input', () => {
    const before = JSON.stringify(square);
    zoneLabelPoints(square);
    expect(JSON.stringify(square)).toBe(before);
  });
});
