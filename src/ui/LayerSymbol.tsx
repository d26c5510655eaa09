import { LAYER_SYMBOLS, SHAPES, ZONE_STYLE } from '../map/layers/symbols';
import type { LayerId } from '../data/layers';

/** The legend's picture of a layer: the same path and colour the map draws. */
export default function LayerSymbol({ layer, size = 20 }: { layer: LayerId; size?: number }) {
  if (layer === 'zones') {
    return (
      <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
        <rect
          x="3"
          y="3"
          width="18"
          height="18"
          fill={ZONE_STYLE.proposed.fill}
          fillOpacity="0.25"
          stroke={ZONE_STYLE.proposed.line}
          strokeWidth="2.5"
        />
      </svg>
    );
  }
  const { colour, shape } = LAYER_SYMBOLS[layer];
  return (
    <svg width={size} height={size} viewBox="0 0 24 24" aria-hidden="true">
      <path d={SHAPES[shape]} fill={colour} stroke="#fff" strokeWidth="1.5" strokeLinejoin="round" />
    </svg>
  );
}

export function ZoneSwatch({ status }: { status: 'proposed' | 'candidate' }) {
  const s = ZONE_STYLE[status];
  return (
    <svg width="28" height="14" viewBox="0 0 28 14" aria-hidden="true">
      <rect
        x="1.5"
        y="1.5"
        width="25"
        height="11"
        fill={s.fill}
        fillOpacity={s.fillOpacity * 2}
        stroke={s.line}
        strokeWidth="2"
        strokeDasharray={status === 'candidate' ? '4 3' : undefined}
      />
    </svg>
  );
}
