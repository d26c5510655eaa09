// Names a minified position in a CPU profile by its original source file and line, through the
// source maps: the atlas's chunks through a second, source-mapped build of the same code (the
// same content hashes, so the same files), MapLibre's own bundle through the map it ships, and
// a chunk that bundles MapLibre through both in turn.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const maps = new Map();

function decode(mappings) {
  const state = { src: 0, line: 0, col: 0 };
  return mappings.split(';').map((text) => {
    const segments = [];
    let col = 0;
    for (const seg of text.split(',')) {
      if (!seg) continue;
      const v = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64.indexOf(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          v.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      col += v[0];
      if (v.length < 4) continue;
      state.src += v[1];
      state.line += v[2];
      state.col += v[3];
      segments.push([col, state.src, state.line, state.col]);
    }
    return segments;
  });
}

function load(mapFile) {
  if (!maps.has(mapFile)) {
    let map = null;
    if (existsSync(mapFile)) {
      const raw = JSON.parse(readFileSync(mapFile, 'utf8'));
      const dir = resolve(dirname(mapFile), raw.sourceRoot ?? '');
      map = { sources: raw.sources.map((s) => resolve(dir, s)), lines: decode(raw.mappings) };
    }
    maps.set(mapFile, map);
  }
  return maps.get(mapFile);
}

/**
 * The original position of (line, column), both 0-based, in `file` whose map is `mapFile`
 * (default: file + '.map'), followed through further maps; null when there is no map.
 */
export function original(file, line, column, mapFile = `${file}.map`) {
  const map = load(mapFile);
  const seg = map?.lines[line]?.findLast((s) => s[0] <= column);
  if (!seg) return null;
  const source = map.sources[seg[1]];
  return original(source, seg[2], seg[3]) ?? { source, line: seg[2] };
}

/** A short label for an original source file: src/… for the atlas, maplibre:… for MapLibre's sources. */
export function shortSource(source, root) {
  const rel = relative(root, source);
  const m = /node_modules\/maplibre-gl\/(?:src\/)?(.*)$/.exec(rel) ?? /maplibre-gl\/src\/(.*)$/.exec(rel);
  if (m) return `maplibre:${m[1]}`;
  const nm = /node_modules\/(.*)$/.exec(rel);
  return nm ? nm[1] : rel;
}

export const mapOfBuiltChunk = (mapsDir, file) => join(mapsDir, 'assets', `${file.split('/').pop()}.map`);
