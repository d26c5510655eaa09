import type { Position } from 'geojson';

/**
 * A local flat projection around a site for small printed maps: metres east/north of the site
 * scaled into a square of `size` pixels covering `radiusMetres` each way. Good to a few metres
 * over a few kilometres, which is all a thumbnail needs.
 *
 * @example project([18.03, 59.35])([18.04, 59.35]) // [~157, 100] for size 200, radius 2000
 */
export function miniProjection(site: Position, radiusMetres: number, size: number) {
  const mPerDegLat = 111_320;
  const mPerDegLng = 111_320 * Math.cos((site[1] * Math.PI) / 180);
  const scale = size / 2 / radiusMetres;
  return ([lng, lat]: Position): [number, number] => [
    size / 2 + (lng - site[0]) * mPerDegLng * scale,
    size / 2 - (lat - site[1]) * mPerDegLat * scale,
  ];
}
