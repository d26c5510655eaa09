import type { Map as MaplibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for the e2e driver, the benchmarks and debugging from the console. */
    atlasMap?: MaplibreMap;
  }
}
