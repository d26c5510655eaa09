// `npm run data:check [dir]`: validate every data file (layers, zones, stories, lens presets)
// and print each problem as file → feature id / scene → field → what is wrong. Exit 1 on any.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataWarnings } from '../src/data/validate.ts';
import { checkDataFiles } from '../src/data/check-files.ts';
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
const storyDir = join(dir, 'stories');
const stories: Record<string, unknown> = {};
if (existsSync(storyDir))
  for (const name of readdirSync(storyDir)
    .filter((n) => n.endsWith('.json'))
    .sort())
    stories[`data/stories/${name}`] = readJson(join(storyDir, name), `data/stories/${name}`);
const lensPath = join(dir, 'lenses.json');
const lenses = existsSync(lensPath) ? readJson(lensPath, 'data/lenses.json') : undefined;

const { data, lines: found } = checkDataFiles({
  geojson: files,
  stories,
  lenses,
  municipalities: JSON.parse(readFileSync('basemap-src/opendata/kommuner-stockholm-uppsala.geojson', 'utf8')),
  outline: JSON.parse(readFileSync('basemap-src/derived/stockholm-outline.geojson', 'utf8')).features[0],
});
lines.push(...found);

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
  `data ok: zones ${data!.zones.features.length}, ${counts.join(', ')}; stories ${Object.keys(stories).length}; lens presets ok`,
);
