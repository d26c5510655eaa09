import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The architecture lives in biome.jsonc as noRestrictedImports overrides, so `npm run lint`
 * (run by CI) enforces it. This test checks those rules still fire: the real configuration is
 * copied into a scratch tree, each probe written at its path there, and Biome run on it.
 */
const config = JSON.parse(
  readFileSync('biome.jsonc', 'utf8')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('//'))
    .join('\n'),
);
delete config.$schema;
config.vcs = { enabled: false };

function lint(path: string, source: string): string {
  const root = mkdtempSync(join(tmpdir(), 'arch-'));
  try {
    writeFileSync(join(root, 'biome.json'), JSON.stringify(config));
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), source);
    execFileSync(join(process.cwd(), 'node_modules/.bin/biome'), ['lint', path], {
      cwd: root,
      encoding: 'utf8',
      stdio: 'pipe',
    });
    return '';
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    return `${err.stdout ?? ''}${err.stderr ?? ''}`;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('the architecture as lint rules', () => {
  it.each([
    ['src/geo/probe.ts', "import { useState } from 'react';\nexport const a = useState;\n", 'geo/ and data/ are pure'],
    [
      'src/data/probe.ts',
      "import { useAtlas } from '../store/store';\nexport const a = useAtlas;\n",
      'geo/ and data/ are pure',
    ],
    [
      'src/geo/probe.ts',
      "import maplibregl from 'maplibre-gl';\nexport const a = maplibregl;\n",
      'geo/ and data/ are pure',
    ],
    [
      'src/features/story/Probe.tsx',
      "import { Popup } from 'react-map-gl/maplibre';\nexport const a = Popup;\n",
      'Only src/map/ touches the map library',
    ],
    [
      'src/ui/Probe.tsx',
      "import maplibregl from 'maplibre-gl';\nexport const a = maplibregl;\n",
      'Only src/map/ touches the map library',
    ],
    [
      'src/features/zone-filter/Probe.tsx',
      "import T from '../time/TimeControl';\nexport const a = T;\n",
      'A feature does not import another feature',
    ],
  ])(
    '%s: a forbidden import fails and says the rule',
    (path, source, rule) => {
      expect(lint(path, source)).toContain(rule);
    },
    30_000,
  ); // Biome in a child process: fast alone, slower on 2 cores shared with the browser tests

  it.each([
    ['src/map/Probe.tsx', "import maplibregl from 'maplibre-gl';\nexport const a = maplibregl;\n"],
    [
      'src/features/story/Probe.tsx',
      "import { t } from '../../i18n/i18n';\nimport { x } from './story-keys';\nexport const a = [t, x];\n",
    ],
    [
      'src/geo/probe.ts',
      "import type { Feature } from 'geojson';\nimport { distance } from '../geo/zone-distance';\nexport type A = Feature;\nexport const a = distance;\n",
    ],
  ])(
    '%s: an allowed import passes',
    (path, source) => {
      expect(lint(path, source)).not.toContain('noRestrictedImports');
    },
    30_000,
  );
});
