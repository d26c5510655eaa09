import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * The zone index's distance from a point to a zone, in metres (0 inside): the same sphere as
 * turf's (and the oracle, distanceToZone), computed without turf. For 100,000 points against
 * seven zones turf took ~9 s (about 290,000 point–zone pairs at ~33 µs each, measured here);
 * this takes well under a second, so a big import is counted in seconds rather than tens.
 *
 * How: the nearest edge and the nearest point on it are found in a flat frame around the point
 * (equirectangular, scaled at the point's latitude); the distance is then the great-circle
 * (haversine) distance to that nearest point. The flat frame can only misplace the nearest point
 * slightly, and a distance to a segment barely changes near its minimum, so the result stays
 * within centimetres of turf's geodesic distance over the few kilometres the atlas asks about
 * (at most 10 cm on 3,000 points up to 4 km around the real zones; zone-index.test.ts allows
 * 25 cm). The zones themselves are drawn to tens of metres: this is far below what they claim.
 */

/** Mean Earth radius, metres: turf's, so the atlas has one sphere. */
const R = 6_371_008.8;
const RAD = Math.PI / 180;

/** A zone's rings as flat arrays (lon, lat, lon, lat …), each polygon's outer ring first. */
export interface PreparedZone {
  polygons: Float64Array[][];
}

export function prepareZone(zone: Feature<Polygon | MultiPolygon>): PreparedZone {
  const polygons = zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates;
  return {
    polygons: polygons.map((rings) =>
      rings.map((ring) => {
        const flat = new Float64Array(ring.length * 2);
        ring.forEach(([x, y], i) => {
          flat[2 * i] = x;
          flat[2 * i + 1] = y;
        });
        return flat;
      }),
    ),
  };
}

/** Even–odd ray casting on one ring. */
function inRing(x: number, y: number, ring: Float64Array): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let i = 0, j = n - 1; i < n; j = i++) {
    const xi = ring[2 * i],
      yi = ring[2 * i + 1];
    const xj = ring[2 * j],
      yj = ring[2 * j + 1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Inside one of the polygons: in its outer ring and in none of its holes. */
function inZone(x: number, y: number, zone: PreparedZone): boolean {
  for (const rings of zone.polygons) {
    if (!inRing(x, y, rings[0])) continue;
    let inHole = false;
    for (let h = 1; h < rings.length && !inHole; h++) inHole = inRing(x, y, rings[h]);
    if (!inHole) return true;
  }
  return false;
}

/** Great-circle distance in metres between two lon/lat positions (haversine). */
function haversine(x1: number, y1: number, x2: number, y2: number): number {
  const dLat = (y2 - y1) * RAD;
  const dLon = (x2 - x1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(y1 * RAD) * Math.cos(y2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(a)));
}

export function fastDistanceToZone(at: Position, zone: PreparedZone): number {
  const [x, y] = at;
  if (inZone(x, y, zone)) return 0;
  const kx = Math.cos(y * RAD);
  let best = Infinity;
  let bx = x,
    by = y;
  for (const rings of zone.polygons)
    for (const ring of rings)
      for (let i = 0; i + 3 < ring.length; i += 2) {
        const ax = (ring[i] - x) * kx,
          ay = ring[i + 1] - y;
        const dx = (ring[i + 2] - ring[i]) * kx,
          dy = ring[i + 3] - ring[i + 1];
        const len = dx * dx + dy * dy;
        const t = len === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len));
        const px = ax + t * dx,
          py = ay + t * dy;
        const d = px * px + py * py;
        if (d < best) {
          best = d;
          bx = x + px / kx;
          by = y + py;
        }
      }
  return haversine(x, y, bx, by);
}
