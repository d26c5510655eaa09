// `npm run bench:filter`: median time of one filter-and-count update over the real zones for
// 1k, 10k and 100k synthetic points, against a naive per-point turf loop in the same process.
import { readFileSync } from 'node:fs';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import pointToLineDistance from '@turf/point-to-line-distance';
import { lineString, point } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { buildZoneIndex, classify } from '../../src/geo/zone-index.ts';
import { seededRandom } from './seeded-random.mjs';

const zones = (
  JSON.parse(readFileSync('data/zones.geojson', 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { id: string }>
).features;
const selected = ['zone-hagastaden', 'zone-flemingsberg', 'zone-kista'];
const WITHIN = 2000;

const rnd = seededRandom(2026);
/** Points spread over Stockholm with a third of them clustered near the zones, like real data. */
function synthetic(n: number): Position[] {
  return Array.from({ length: n }, (_, i) => {
    if (i % 3 === 0) {
      const z = zones[i % zones.length].geometry;
      const ring = (z.type === 'Polygon' ? z.coordinates[0] : z.coordinates[0][0])[0];
      return [ring[0] + (rnd() - 0.5) * 0.08, ring[1] + (rnd() - 0.5) * 0.04];
    }
    return [17.75 + rnd() * 0.5, 59.2 + rnd() * 0.25];
  });
}

function naive(points: Position[], chosen: Feature<Polygon | MultiPolygon>[]): { inside: number; within: number } {
  let inside = 0,
    within = 0;
  for (const p of points) {
    let best = Infinity;
    for (const z of chosen) {
      if (booleanPointInPolygon(point(p), z)) {
        best = 0;
        break;
      }
      const rings = z.geometry.type === 'Polygon' ? [z.geometry.coordinates] : z.geometry.coordinates;
      for (const poly of rings)
        for (const ring of poly)
          best = Math.min(best, pointToLineDistance(point(p), lineString(ring), { units: 'meters' }));
    }
    if (best === 0) inside++;
    if (best <= WITHIN) within++;
  }
  return { inside, within };
}

function median(fn: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const chosen = zones.filter((z) => selected.includes(z.properties.id));
const rows: string[][] = [];
for (const n of [1_000, 10_000, 100_000]) {
  const points = synthetic(n);
  const t0 = performance.now();
  const index = buildZoneIndex(points, zones);
  const build = performance.now() - t0;
  // The update a user triggers by moving the slider or ticking a zone.
  const ours = median(() => classify(index, selected, WITHIN), n >= 100_000 ? 15 : 41);
  const check = classify(index, selected, WITHIN).counts;
  const naiveRuns = n >= 100_000 ? 1 : n >= 10_000 ? 3 : 7;
  let naiveCounts = { inside: 0, within: 0 };
  const base = median(() => (naiveCounts = naive(points, chosen)), naiveRuns);
  if (naiveCounts.inside !== check.inside || naiveCounts.within !== check.within) {
    throw new Error(`counts differ at ${n}: ours ${JSON.stringify(check)} naive ${JSON.stringify(naiveCounts)}`);
  }
  rows.push([
    n.toLocaleString('en'),
    build.toFixed(0),
    ours.toFixed(2),
    base.toFixed(1),
    `${(base / ours).toFixed(0)}×`,
    ours < 16 ? 'yes' : 'no',
  ]);
}

const head = ['points', 'index build (ms, once)', 'update median (ms)', 'naive turf loop (ms)', 'speed-up', '< 16 ms'];
console.log(
  `filter-and-count over ${zones.length} real zones, ${selected.length} selected, within ${WITHIN} m; node ${process.version}`,
);
console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
