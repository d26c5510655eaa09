// `npm run data:check [dir]`: validate every data file and print each problem as
// file → feature id → field → what is wrong. Exits 1 when there is any problem.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateAtlasData, formatProblem } from '../src/data/validate.ts';
import { POINT_LAYERS } from '../src/data/layers.ts';

const dir = process.argv[2] ?? 'data';
const files: Record<string, unknown> = {};
const parseErrors: string[] = [];
for (const name of readdirSync(dir).filter((n) => n.endsWith('.geojson')).sort()) {
  const key = `data/${name}`;
  try {
    files[key] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (e) {
    parseErrors.push(`${key} → (file) → (file) → is not valid JSON: ${(e as Error).message}`);
    files[key] = null;
  }
}

const { data, problems } = validateAtlasData(files);
const lines = [...parseErrors, ...problems.filter((p) => files[p.file] !== null).map(formatProblem)];
if (lines.length) {
  for (const line of lines) console.log(line);
  console.log(`\n${lines.length} problem(s) in ${dir}/`);
  process.exit(1);
}
const counts = POINT_LAYERS.map((l) => `${l.id} ${data!.layers[l.id].features.length}`);
console.log(`data ok: zones ${data!.zones.features.length}, ${counts.join(', ')}`);
