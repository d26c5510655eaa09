// Every check of the atlas's data in one place, as a pure function of the parsed files: the
// layers and zones, the stories and lens presets (their ids must exist) and each place's
// municipality. `npm run data:check` reads the files and prints the result; the unit test
// `test/unit/real-data.test.ts` runs it on the real data/ so CI refuses bad data too.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { lensFileSchema } from './lens-schema';
import { checkMunicipalities } from './municipality-check';
import { validateStory } from './story-schema';
import { type AtlasData, formatProblem, validateAtlasData } from './validate';

export interface DataFiles {
  /** Layer and zone files by their key, `data/<name>.geojson`; null when unreadable. */
  geojson: Record<string, unknown>;
  /** Story files by key, `data/stories/<name>.json`. */
  stories: Record<string, unknown>;
  /** `data/lenses.json`, if present. */
  lenses?: unknown;
  /** Municipalities and Stockholm's exact outline (basemap-src), for the municipality check. */
  municipalities: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  outline: Feature<Polygon | MultiPolygon>;
}

/** Each problem as `file → id → field → problem`; empty when the data is good. */
export function checkDataFiles(files: DataFiles): { lines: string[]; data: AtlasData | null } {
  const lines: string[] = [];
  const { data, problems } = validateAtlasData(files.geojson);
  lines.push(...problems.filter((p) => files.geojson[p.file] !== null).map(formatProblem));

  // Ids that stories and lenses may point at.
  const ids = new Set<string>();
  for (const json of Object.values(files.geojson)) {
    for (const f of (json as { features?: { properties?: { id?: string } }[] })?.features ?? [])
      if (f.properties?.id) ids.add(f.properties.id);
  }

  for (const [key, json] of Object.entries(files.stories)) {
    if (json === null) continue;
    const { story, problems: sp } = validateStory(key, json);
    lines.push(...sp);
    for (const [i, scene] of (story?.scenes ?? []).entries()) {
      for (const id of [...scene.highlight, ...scene.zones]) {
        if (!ids.has(id))
          lines.push(`${key} → scene ${i + 1} → ${id.startsWith('zone-') ? 'zones' : 'highlight'} → unknown id ${id}`);
      }
    }
  }

  if (files.lenses !== undefined && files.lenses !== null) {
    const r = lensFileSchema.safeParse(files.lenses);
    if (!r.success) {
      for (const i of r.error.issues)
        lines.push(
          `data/lenses.json → ${String(i.path[1] ?? '(file)')} → ${i.path.slice(2).join('.') || '(lens)'} → ${i.message}`,
        );
    } else {
      for (const [p, preset] of Object.entries(r.data.lenses)) {
        for (const z of preset.zones) if (!ids.has(z)) lines.push(`data/lenses.json → ${p} → zones → unknown id ${z}`);
      }
    }
  }

  if (data) lines.push(...checkMunicipalities(data, files.municipalities, files.outline).map(formatProblem));
  return { lines, data };
}
