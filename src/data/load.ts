import { validateAtlasData, type AtlasData } from './validate';
import type { DataProblem } from './problems';
import { validateStory, type Story } from './story-schema';
import { lensFileSchema, type LensPreset } from './lens-schema';
import type { PolicyPoint } from './layers';
import lensFile from '../../data/lenses.json';

// This module (and zod with it) is loaded lazily: the shell paints first, the data follows.

// Every data file, bundled (offline first) in lazy chunks.
const layerFiles = import.meta.glob('/data/*.geojson', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;
const storyFiles = import.meta.glob('/data/stories/*.json', { import: 'default' }) as Record<
  string,
  () => Promise<unknown>
>;

export interface LoadResult {
  data: AtlasData | null;
  problems: DataProblem[];
  stories: Story[];
  lenses: Partial<Record<PolicyPoint, LensPreset>>;
  /** Story and lens-preset problems, already formatted (file → scene → field → message). */
  otherProblems: string[];
}

/** Load, parse and schema-check every data file. Never throws: problems come back as data. */
export async function loadAtlasData(): Promise<LoadResult> {
  const files: Record<string, unknown> = {};
  const problems: DataProblem[] = [];
  await Promise.all(
    Object.entries(layerFiles).map(async ([path, load]) => {
      const file = path.replace(/^\//, '');
      try {
        files[file] = JSON.parse(await load());
      } catch (e) {
        problems.push({
          file,
          feature: '(file)',
          field: '(file)',
          message: `could not be read: ${(e as Error).message}`,
        });
      }
    }),
  );
  const checked = problems.length ? { data: null, problems } : validateAtlasData(files);

  const otherProblems: string[] = [];
  const stories: Story[] = [];
  for (const [path, load] of Object.entries(storyFiles)) {
    const file = path.replace(/^\//, '');
    try {
      const { story, problems: sp } = validateStory(file, await load());
      if (story) stories.push(story);
      otherProblems.push(...sp);
    } catch (e) {
      otherProblems.push(`${file} → (story) → (file) → could not be read: ${(e as Error).message}`);
    }
  }
  const lensCheck = lensFileSchema.safeParse(lensFile);
  if (!lensCheck.success) {
    for (const i of lensCheck.error.issues)
      otherProblems.push(
        `data/lenses.json → ${String(i.path[1] ?? '(file)')} → ${i.path.slice(2).join('.') || '(lens)'} → ${i.message}`,
      );
  }
  return { ...checked, stories, lenses: lensCheck.success ? lensCheck.data.lenses : {}, otherProblems };
}
