import { mapLib } from '../map-lib';
import { OWN_TILE_PROTOCOL, ownTiles, parseOwnTileUrl } from './tile-client';

/**
 * MapLibre asks for a big own layer's tiles through this protocol; the tile worker makes them.
 * Registered once, as soon as MapLibre is loaded, before any own layer can be drawn.
 */
export const ownTilesReady: Promise<void> = mapLib.then((maplibre) => {
  maplibre.addProtocol(OWN_TILE_PROTOCOL, async (params) => {
    const tile = parseOwnTileUrl(params.url);
    if (!tile) throw new Error(`not an own-layer tile: ${params.url}`);
    return { data: await ownTiles.tile(tile.layer, tile.z, tile.x, tile.y) };
  });
});
