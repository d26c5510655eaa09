// `npm run data:check [dir]`: validate every data file (layers, zones, stories, lens presets)
// and print each problem as file → feature id / scene → field → what is wrong. Exit 1 on any.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateAtlasData, formatProblem, dataWarnings } from '../src/data/validate.ts';
import { checkMunicipalities } from '../src/data/municipality-check.ts';
import { validateStory } from '../src/data/story-schema.ts';
import { lensFileSchema } from '../src/data/lens-schema.ts';
import { POINT_LAYERS } from '../src/data/layers.ts';

const dir = process.argv[2] ?? 'data';
const files: Record<string, unknown> = {};
const lines: string[] = [];
const readJson = (path: string, key: string): unknown => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    lines.push(`${key} → (file) → (file) → is not valid JSON: ${(e as Error).message}`);
    return null;
  }
};

for (const name of readdirSync(dir)
  .filter((n) => n.endsWith('.geojson'))
  .sort()) {
  files[`data/${name}`] = readJson(join(dir, name), `data/${name}`);
}
const { data, problems } = validateAtlasData(files);
lines.push(...problems.filter((p) => files[p.file] !== null).map(formatProblem));

// Ids that stories and lenses may point at.
const ids = new Set<string>();
for (const json of Object.values(files)) {
  for (const f of (json as { features?: { properties?: { id?: string } }[] })?.features ?? [])
    if (f.properties?.id) ids.add(f.properties.id);
}

const storyDir = join(dir, 'stories');
const stories = existsSync(storyDir)
  ? readdirSync(storyDir)
      .filter((n) => n.endsWith('.json'))
      .sort()
  : [];
for (const name of stories) {
  const key = `data/stories/${name}`;
  const json = readJson(join(storyDir, name), key);
  if (json === null) continue;
  const { story, problems: sp } = validateStory(key, json);
  lines.push(...sp);
  story?.scenes.forEach((scene, i) => {
    for (const id of [...scene.highlight, ...scene.zones]) {
      if (!ids.has(id))
        lines.push(`${key} → scene ${i + 1} → ${id.startsWith('zone-') ? 'zones' : 'highlight'} → unknown id ${id}`);
    }
  });
}

const lensPath = join(dir, 'lenses.json');
if (existsSync(lensPath)) {
  const json = readJson(lensPath, 'data/lenses.json');
  const r = json === null ? null : lensFileSchema.safeParse(json);
  if (r && !r.success) {
    for (const i of r.error.issues)
      lines.push(
        `data/lenses.json → ${String(i.path[1] ?? '(file)')} → ${i.path.slice(2).join('.') || '(lens)'} → ${i.message}`,
      );
  }
  if (r?.success) {
    for (const [p, preset] of Object.entries(r.data.lenses)) {
      for (const z of preset.zones) if (!ids.has(z)) lines.push(`data/lenses.json → ${p} → zones → unknown id ${z}`);
    }
  }
}

if (data) {
  const munis = JSON.parse(readFileSync('basemap-src/opendata/kommuner-stockholm-uppsala.geojson', 'utf8'));
  const outline = JSON.parse(readFileSync('basemap-src/derived/stockholm-outline.geojson', 'utf8')).features[0];
  lines.push(...checkMunicipalities(data, munis, outline).map(formatProblem));
}

if (lines.length) {
  for (const line of lines) console.log(line);
  console.log(`\n${lines.length} problem(s) in ${dir}/`);
  process.exit(1);
}
const warnings = dataWarnings(data!, new Date().toISOString().slice(0, 10));
const old = warnings.filter((w) => w.message.includes('older'));
const undated = warnings.filter((w) => !w.message.includes('older'));
if (process.argv.includes('--warnings'))
  for (const w of warnings) console.log(`warning: ${w.file} → ${w.feature} → ${w.field} → ${w.message}`);
console.log(
  `warnings: ${old.length} source(s) older than five years, ${undated.length} undated (npm run data:check -- --warnings lists them)`,
);
const counts = POINT_LAYERS.map((l) => `${l.id} ${data!.layers[l.id].features.length}`);
console.log(
  `data ok: zones ${data!.zones.features.length}, ${counts.join(', ')}; stories ${stories.length}; lens presets ok`,
);
