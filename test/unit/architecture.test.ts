import { describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/*
 * The architecture as rules a newcomer cannot break by accident (CONTRIBUTING → Architecture):
 * pure geo and data functions apart from React, the map library touched only in map/, and
 * features that do not reach into each other (App composes them).
 */
function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}
const imports = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*import\s+(type\s+)?[^'"]*from\s+'([^']+)'/gm)].map((m) => ({
    typeOnly: Boolean(m[1]),
    from: m[2],
  }));

export function violations(root = 'src'): string[] {
  const out: string[] = [];
  for (const file of files(root)) {
    const rel = relative(root, file).replace(/\\\\/g, '/');
    const [top, sub] = rel.split('/');
    for (const { typeOnly, from } of imports(file)) {
      const say = (rule: string) => out.push(`${rel}: imports '${from}' — ${rule}`);
      if ((top === 'geo' || top === 'data') && /^(react|react-dom|maplibre-gl|react-map-gl)(\/|$)/.test(from))
        say('geo/ and data/ are pure: no React, no map library');
      if ((top === 'geo' || top === 'data') && !typeOnly && /^\.\.\/(store|ui|features|map|app)\//.test(from))
        say('geo/ and data/ do not depend on the store, the UI or the map');
      if (top !== 'map' && !typeOnly && /^(maplibre-gl|react-map-gl)(\/|$)/.test(from))
        say('only map/ touches the map library');
      if (top === 'features') {
        const other = /^\.\.\/([^/.]+)\//.exec(from)?.[1];
        if (other && other !== sub) say(`a feature does not import another feature (${other}); compose them in app/`);
      }
    }
  }
  return out;
}

describe('architecture rules', () => {
  it('hold across src/', () => {
    expect(violations()).toEqual([]);
  });

  it('name each broken rule (a tree that breaks all three)', () => {
    const root = mkdtempSync(join(tmpdir(), 'arch-'));
    const put = (path: string, text: string) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    put('geo/bad.ts', "import { useState } from 'react';\n");
    put('features/story/Bad.tsx', "import { Popup } from 'react-map-gl/maplibre';\n");
    put('features/zone-filter/Bad.tsx', "import Chart from '../time/Chart';\n");
    put('map/Fine.tsx', "import { Popup } from 'react-map-gl/maplibre';\n");
    try {
      expect(violations(root)).toEqual([
        "features/story/Bad.tsx: imports 'react-map-gl/maplibre' — only map/ touches the map library",
        "features/zone-filter/Bad.tsx: imports '../time/Chart' — a feature does not import another feature (time); compose them in app/",
        "geo/bad.ts: imports 'react' — geo/ and data/ are pure: no React, no map library",
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
