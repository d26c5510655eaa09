import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDataFiles, type DataFiles } from '../../src/data/check-files';
import { POINT_LAYERS } from '../../src/data/layers';

/*
 * The shipped data/ (every layer, the zones, the stories and lens presets) passes every check
 * `npm run data:check` makes, so CI refuses a bad edit to data/ as well as to code.
 */
const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
function realFiles(): DataFiles {
  const geojson: Record<string, unknown> = {};
  for (const name of readdirSync('data').filter((n) => n.endsWith('.geojson')))
    geojson[`data/${name}`] = json(join('data', name));
  const stories: Record<string, unknown> = {};
  for (const name of readdirSync('data/stories').filter((n) => n.endsWith('.json')))
    stories[`data/stories/${name}`] = json(join('data/stories', name));
  return {
    geojson,
    stories,
    lenses: json('data/lenses.json'),
    municipalities: json('basemap-src/opendata/kommuner-stockholm-uppsala.geojson'),
    outline: json('basemap-src/derived/stockholm-outline.geojson').features[0],
  };
}

describe('the real data/', () => {
  const files = realFiles();

  it('passes every check: layers, zones, stories, lens presets, municipalities', () => {
    const { lines, data } = checkDataFiles(files);
    expect(lines).toEqual([]);
    expect(data?.zones.features.length).toBeGreaterThan(0);
    for (const layer of POINT_LAYERS) expect(data?.layers[layer.id].features.length, layer.id).toBeGreaterThan(0);
  });

  it('a story pointing at a place that does not exist is refused, named by file, scene and id', () => {
    const [key, story] = Object.entries(files.stories)[0] as [string, { scenes: { highlight: string[] }[] }];
    const broken = structuredClone(story);
    broken.scenes[1].highlight = [...broken.scenes[1].highlight, 'pha-no-such-company'];
    const { lines } = checkDataFiles({ ...files, stories: { [key]: broken } });
    expect(lines).toEqual([`${key} → scene 2 → highlight → unknown id pha-no-such-company`]);
  });

  it('a place moved across a municipal border is refused', () => {
    const pharma = structuredClone(files.geojson['data/pharma.geojson']) as {
      features: { properties: { id: string }; geometry: { coordinates: number[] } }[];
    };
    const f = pharma.features[0];
    f.geometry.coordinates = [17.64, 59.86]; // Uppsala, whatever the company's municipality says
    const { lines } = checkDataFiles({ ...files, geojson: { ...files.geojson, 'data/pharma.geojson': pharma } });
    expect(lines.some((l) => l.startsWith(`data/pharma.geojson → ${f.properties.id} → `))).toBe(true);
  });
});
