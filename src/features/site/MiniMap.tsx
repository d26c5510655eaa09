import type { Feature, Point } from 'geojson';
import { useAtlas } from '../../store/store';
import { POINT_LAYER_IDS } from '../../data/layers';
import { miniProjection } from '../../geo/mini-map';
import { metresBetween } from '../../geo/site-profile';
import { LAYER_SYMBOLS, SHAPES } from '../../map/layers/symbols';

const SIZE = 220;
const RADIUS = 2200;

/** A printable thumbnail: the 500 m / 1 km / 2 km rings and every place within them. */
export default function MiniMap({ site, name }: { site: [number, number]; name: string }) {
  const data = useAtlas((s) => s.data);
  if (!data) return null;
  const project = miniProjection(site, RADIUS, SIZE);
  const px = (m: number) => (m / RADIUS) * (SIZE / 2);
  return (
    <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={name} className="mini-map">
      <rect width={SIZE} height={SIZE} fill="#f3f1ec" />
      {[500, 1000, 2000].map((r) => (
        <circle
          key={r}
          cx={SIZE / 2}
          cy={SIZE / 2}
          r={px(r)}
          fill="none"
          stroke="#1d232b"
          strokeDasharray="3 3"
          strokeWidth="1"
        />
      ))}
      {POINT_LAYER_IDS.flatMap((layer) =>
        (data.layers[layer].features as Feature<Point, { id: string }>[])
          .filter((f) => metresBetween(site, f.geometry.coordinates) <= RADIUS)
          .map((f) => {
            const [x, y] = project(f.geometry.coordinates);
            const { colour, shape } = LAYER_SYMBOLS[layer];
            return (
              <path
                key={f.properties.id}
                d={SHAPES[shape]}
                transform={`translate(${x - 5} ${y - 5}) scale(0.42)`}
                fill={colour}
                stroke="#fff"
                strokeWidth="2"
              />
            );
          }),
      )}
      <circle cx={SIZE / 2} cy={SIZE / 2} r="9" fill="#1d232b" />
      <text x={SIZE / 2} y={SIZE / 2 + 4} textAnchor="middle" fontSize="11" fill="#fff" fontWeight="600">
        {name}
      </text>
      <text x="6" y={SIZE - 6} fontSize="10" fill="#1d232b">
        500 m · 1 km · 2 km
      </text>
    </svg>
  );
}
