import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import polygonToLine from '@turf/polygon-to-line';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon } from 'geojson';
import { POINT_LAYERS } from './layers';
import type { AtlasData } from './validate';
import type { DataProblem } from './problems';

/** The SCB borders are generalised to about 100 m: a point this close to a border is not judged. */
const BORDER_TOLERANCE_KM = 0.3;
/** How far a place may be from where it is drawn, by its stated precision. */
const PRECISION_KM = { building: 0.03, address: 0.1, area: 0.2 } as const;
/** Where the generalised border puts a point in Stockholm that the city's own map does not. */
const STOCKHOLM_BORDER_KM = 1;

function borderLines(m: Feature<Polygon | MultiPolygon>): Feature<LineString>[] {
  const lines = polygonToLine(m);
  const all = 'features' in lines ? lines.features : [lines];
  return all.flatMap((l) =>
    l.geometry.type === 'LineString'
      ? [l as Feature<LineString>]
      : l.geometry.coordinates.map((c) => ({
          type: 'Feature' as const,
          properties: {},
          geometry: { type: 'LineString' as const, coordinates: c },
        })),
  );
}

/**
 * Every place's `municipality` must be the municipality its coordinate lies in: a cheap check
 * that catches a coordinate placed in the wrong town or a swapped lat/lng that still lands in
 * the region. Only municipalities the border file knows are checked.
 */
export function checkMunicipalities(
  data: AtlasData,
  municipalities: FeatureCollection<Polygon | MultiPolygon, { name: string }>,
  stockholmOutline: Feature<Polygon | MultiPolygon>,
): DataProblem[] {
  const byName = new Map(municipalities.features.map((f) => [f.properties.name, f]));
  const outlineLines = borderLines(stockholmOutline);
  const problems: DataProblem[] = [];
  for (const layer of POINT_LAYERS) {
    for (const f of data.layers[layer.id].features) {
      const named = f.properties.municipality.split(/\s*\/\s*/);
      const pt = f.geometry.coordinates;
      // Stockholm's outline is exact (the city's survey, water included): inside it is Stockholm.
      // A point within its own precision of that border cannot be judged either way.
      const sthlm = booleanPointInPolygon(pt, stockholmOutline);
      const slack = PRECISION_KM[f.properties.precision];
      const nearOutline = () => outlineLines.some((l) => pointToLineDistance(pt, l, { units: 'kilometers' }) <= slack);
      if (named.includes('Stockholm') && sthlm) continue;
      if (sthlm && nearOutline()) continue;
      const others = named
        .filter((n) => n !== 'Stockholm')
        .map((n) => byName.get(n))
        .filter((m): m is Feature<Polygon | MultiPolygon, { name: string }> => Boolean(m));
      if (!sthlm) {
        if (named.includes('Stockholm') && nearOutline()) continue;
        if (!others.length && !named.includes('Stockholm') && !named.some((n) => byName.has(n))) continue; // not a municipality we know
        if (others.some((m) => booleanPointInPolygon(pt, m))) continue;
        // The generalised SCB borders are off by 100 m, and by up to 500 m where they put land in
        // Stockholm that the city's own outline does not have.
        const tolerance = booleanPointInPolygon(pt, byName.get('Stockholm')!)
          ? STOCKHOLM_BORDER_KM
          : BORDER_TOLERANCE_KM;
        if (
          others.some((m) =>
            borderLines(m).some((l) => pointToLineDistance(pt, l, { units: 'kilometers' }) <= tolerance),
          )
        )
          continue;
      }
      const actual = sthlm
        ? 'Stockholm'
        : (municipalities.features.find((m) => m.properties.name !== 'Stockholm' && booleanPointInPolygon(pt, m))
            ?.properties.name ?? 'no municipality in the region');
      problems.push({
        file: `data/${layer.file}`,
        feature: f.properties.id,
        field: 'geometry',
        message: `lies in ${actual}, not in ${f.properties.municipality} as the municipality field says`,
      });
    }
  }
  return problems;
}
