import { validateAtlasData, type AtlasData, type DataProblem } from './validate';

// Every data file, bundled (offline first) in lazy chunks so the shell paints before the data.
const sources = import.meta.glob('/data/*.geojson', { query: '?raw', import: 'default' }) as Record<
  string,
  () => Promise<string>
>;

export interface LoadResult {
  data: AtlasData | null;
  problems: DataProblem[];
}

/** Load, parse and schema-check every data file. Never throws: problems come back as data. */
export async function loadAtlasData(): Promise<LoadResult> {
  const files: Record<string, unknown> = {};
  const problems: DataProblem[] = [];
  await Promise.all(
    Object.entries(sources).map(async ([path, load]) => {
      const file = path.replace(/^\//, '');
      try {
        files[file] = JSON.parse(await load());
      } catch (e) {
        problems.push({ file, feature: '(file)', field: '(file)', message: `could not be read: ${(e as Error).message}` });
      }
    }),
  );
  if (problems.length) return { data: null, problems };
  return validateAtlasData(files);
}
