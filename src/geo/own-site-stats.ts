import type { Position } from 'geojson';
import type { OwnLayer } from '../data/own-layers';
import { representativePoint } from './representative-point';
import { metresBetween, RINGS_METRES } from './site-profile';

const pointsCache = new WeakMap<OwnLayer, Position[]>();
const pointsOf = (layer: OwnLayer) => {
  let pts = pointsCache.get(layer);
  if (!pts) {
    pts = layer.features.map(representativePoint);
    pointsCache.set(layer, pts);
  }
  return pts;
};

export interface OwnSiteStats {
  layerId: string;
  nearestName: string | null;
  nearestMetres: number | null;
  rings: number[];
}

// The site profile and the site comparison both ask for the same (layer, site) pair; with a
// 100k-point layer each answer is a full pass, so it is computed once.
const statsCache = new WeakMap<OwnLayer, Map<string, OwnSiteStats>>();

/** Nearest feature of an own layer and counts within the rings: one linear pass, no sort. */
export function ownSiteStats(site: Position, layer: OwnLayer): OwnSiteStats {
  let bySite = statsCache.get(layer);
  if (!bySite) {
    bySite = new Map();
    statsCache.set(layer, bySite);
  }
  const key = `${site[0]},${site[1]}`;
  let stats = bySite.get(key);
  if (!stats) {
    stats = computeStats(site, layer);
    bySite.set(key, stats);
  }
  return stats;
}

function computeStats(site: Position, layer: OwnLayer): OwnSiteStats {
  const pts = pointsOf(layer);
  let best = Infinity;
  let bestIndex = -1;
  const rings = RINGS_METRES.map(() => 0);
  pts.forEach((p, i) => {
    const d = metresBetween(site, p);
    if (d < best) {
      best = d;
      bestIndex = i;
    }
    RINGS_METRES.forEach((r, k) => {
      if (d <= r) rings[k]++;
    });
  });
  const label = bestIndex >= 0 && layer.labelField ? layer.features[bestIndex].properties[layer.labelField] : null;
  return {
    layerId: layer.id,
    nearestName: bestIndex < 0 ? null : label === null || label === undefined ? `#${bestIndex + 1}` : String(label),
    nearestMetres: bestIndex < 0 ? null : best,
    rings,
  };
}
