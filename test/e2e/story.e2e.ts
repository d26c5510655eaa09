import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { atlasSession } from './session';

const story = JSON.parse(readFileSync('data/stories/stockholm-life-science-hub.json', 'utf8'));
const s = atlasSession();

beforeAll(() => {
  mkdirSync('test-results/story', { recursive: true });
});

const card = () => s.atlas.page.getByTestId('story-player').locator('.story-card');

describe('presentation mode', () => {
  it('walks every scene of the default story by keyboard, offline, and shoots each one', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.waitForMapIdle();
    await s.atlas.openTab('Story');
    await s.atlas.page.getByTestId('present').click();
    await card().waitFor();
    expect(await s.atlas.page.locator('.side-panel').isVisible()).toBe(false);
    const keys = ['ArrowRight', ' ', 'PageDown'];
    for (let i = 0; i < story.scenes.length; i++) {
      await expect.poll(() => card().getAttribute('data-scene')).toBe(String(i + 1));
      expect(await card().locator('h2').innerText()).toBe(story.scenes[i].title_en);
      await expect.poll(() => s.atlas.search()).toContain(`story=${story.id}&scene=${i + 1}`);
      // Let the camera arrive before the screenshot.
      await s.atlas.page.waitForFunction(() => !window.atlasMap!.isMoving(), null, { timeout: 10_000 });
      await s.atlas.waitForMapIdle();
      await s.atlas.screenshot(`test-results/story/scene-${String(i + 1).padStart(2, '0')}.png`);
      await s.atlas.page.keyboard.press(keys[i % keys.length]);
    }
    await s.atlas.page.keyboard.press('PageUp');
    await expect.poll(() => card().getAttribute('data-scene')).toBe(String(story.scenes.length - 1));
    await s.atlas.page.keyboard.press('Home');
    await expect.poll(() => card().getAttribute('data-scene')).toBe('1');
    await s.atlas.page.keyboard.press('3');
    await expect.poll(() => card().getAttribute('data-scene')).toBe('3');
    await s.atlas.page.keyboard.press('Escape');
    await expect.poll(() => s.atlas.page.getByTestId('story-player').count()).toBe(0);
    expect(await s.atlas.search()).not.toContain('story=');
  }, 120_000);

  it('reaches scenes 10–12 by two digits, shows a legend and a callout, and leaving restores the view', async () => {
    await s.atlas.open('lang=en&layers=pharma,universities&zones=zone-kista&within=2000', '12/59.40/17.95');
    await s.atlas.waitForMapIdle();
    await s.atlas.openTab('Story');
    const before = await s.atlas.search();
    await s.atlas.page.getByTestId('present').click();
    await card().waitFor();
    await s.atlas.page.keyboard.press('1');
    await s.atlas.page.keyboard.press('2');
    await expect.poll(() => card().getAttribute('data-scene')).toBe('12');
    await s.atlas.page.keyboard.press('3');
    await expect.poll(() => card().getAttribute('data-scene')).toBe('3');
    // The legend names exactly the layers the scene shows.
    const legend = s.atlas.page.getByTestId('story-legend');
    await expect.poll(() => legend.locator('li').count()).toBe(story.scenes[2].layers.length);
    // A click on a place the scene highlights opens a callout with its name.
    await s.atlas.page.waitForFunction(() => !window.atlasMap!.isMoving(), null, { timeout: 10_000 });
    await s.atlas.waitForMapIdle();
    const target: string = story.scenes[2].highlight[0];
    const file = { hos: 'hospitals', uni: 'universities', bld: 'buildings' }[
      target.split('-')[0] as 'hos' | 'uni' | 'bld'
    ];
    const data = JSON.parse(readFileSync(`data/${file}.geojson`, 'utf8'));
    const f = data.features.find((x: { properties: { id: string } }) => x.properties.id === target);
    await s.atlas.clickPlace(f.geometry.coordinates[0], f.geometry.coordinates[1]);
    const callout = s.atlas.page.getByTestId('story-callout');
    await callout.waitFor();
    expect(await callout.locator('h3').innerText()).toBe(f.properties.name_en ?? f.properties.name);
    await s.atlas.page.keyboard.press('Escape');
    await expect.poll(() => s.atlas.page.getByTestId('story-player').count()).toBe(0);
    // Layers, zone and distance as before the story; the camera flies back.
    await expect.poll(() => s.atlas.search()).toBe(before);
    await expect.poll(async () => Math.round((await s.atlas.view()).zoom * 10) / 10, { timeout: 10_000 }).toBe(12);
    expect((await s.atlas.view()).lat).toBeCloseTo(59.4, 1);
  }, 90_000);

  it('a deleted scene comes back with Undo', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.openTab('Story');
    const editor = s.atlas.page.getByTestId('story-editor');
    await editor.getByRole('button', { name: 'Delete scene 4', exact: true }).click();
    await expect.poll(() => editor.locator('.scene-title').count()).toBe(story.scenes.length - 1);
    expect(await s.atlas.page.getByTestId('story-undo-bar').innerText()).toContain(story.scenes[3].title_en);
    await s.atlas.page.getByTestId('story-undo').click();
    await expect.poll(() => editor.locator('.scene-title').count()).toBe(story.scenes.length);
    expect(await editor.locator('.scene-title').nth(3).innerText()).toBe(`4. ${story.scenes[3].title_en}`);
    await s.atlas.page.reload();
    await s.atlas.openTab('Story');
    await expect.poll(() => editor.locator('.scene-title').count()).toBe(story.scenes.length);
  });

  it('opens a scene from its link', async () => {
    await s.atlas.open(`lang=sv&story=${story.id}&scene=6`);
    await card().waitFor();
    expect(await card().locator('h2').innerText()).toBe(story.scenes[5].title_sv);
  });

  it('changes a caption and the order of scenes, and keeps them after a reload', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.openTab('Story');
    const editor = s.atlas.page.getByTestId('story-editor');
    await editor.getByRole('button', { name: 'Move scene 2 up', exact: true }).click();
    await editor.getByRole('button', { name: 'Edit scene 1', exact: true }).click();
    const caption = editor.getByLabel('Caption (English)');
    await caption.fill('For Acme Bio: everything you need within walking distance.');
    await s.atlas.page.reload();
    await s.atlas.openTab('Story');
    await expect.poll(() => editor.locator('.scene-title').first().innerText()).toBe(`1. ${story.scenes[1].title_en}`);
    await s.atlas.page.getByTestId('present').click();
    await expect
      .poll(() => card().locator('p').nth(1).innerText())
      .toBe('For Acme Bio: everything you need within walking distance.');
    await s.atlas.page.keyboard.press('Escape');
    await editor.getByRole('button', { name: 'Reset the default story' }).click();
    await expect.poll(() => editor.locator('.scene-title').first().innerText()).toBe(`1. ${story.scenes[0].title_en}`);
  });

  it('a story file with an error shows the error and leaves the current story', async () => {
    await s.atlas.open('lang=en');
    await s.atlas.openTab('Story');
    const bad = structuredClone(story);
    bad.scenes[2].camera.zoom = 99;
    delete bad.scenes[4].caption_en;
    writeFileSync('test-results/bad-story.json', JSON.stringify(bad));
    await s.atlas.page.getByTestId('story-file').setInputFiles('test-results/bad-story.json');
    const error = s.atlas.page.getByTestId('story-error');
    await error.waitFor();
    const text = await error.innerText();
    expect(text).toContain('bad-story.json → scene 3 → camera.zoom');
    expect(text).toContain('bad-story.json → scene 5 → caption_en → is missing');
    expect(await s.atlas.page.locator('.scene-title').count()).toBe(story.scenes.length);
  });

  it('loads a good story file and adds the current view as a scene', async () => {
    await s.atlas.open('lang=en', '13/59.22/17.94');
    await s.atlas.waitForMapIdle();
    await s.atlas.openTab('Story');
    const mine = {
      ...structuredClone(story),
      id: 'acme-bio',
      title_en: 'For Acme Bio',
      scenes: story.scenes.slice(0, 3),
    };
    writeFileSync('test-results/acme.json', JSON.stringify(mine));
    await s.atlas.page.getByTestId('story-file').setInputFiles('test-results/acme.json');
    await expect.poll(() => s.atlas.page.locator('.scene-title').count()).toBe(3);
    await s.atlas.page.getByTestId('add-view').click();
    await expect.poll(() => s.atlas.page.locator('.scene-title').count()).toBe(4);
    const [download] = await Promise.all([
      s.atlas.page.waitForEvent('download'),
      s.atlas.page.getByTestId('story-download').click(),
    ]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(saved.id).toBe('acme-bio');
    expect(saved.scenes[3].camera.center[1]).toBeCloseTo(59.22, 2);
  });
});

describe('sharing and export', () => {
  it('saves the view as an A4 sheet: the map framed, legend beside it, credits underneath', async () => {
    await s.atlas.open('lang=en', '11/59.35/18.03');
    await s.atlas.waitForMapIdle();
    const [download] = await Promise.all([
      s.atlas.page.waitForEvent('download', { timeout: 60_000 }),
      s.atlas.page.getByTestId('save-png').click(),
    ]);
    const png = readFileSync((await download.path())!);
    writeFileSync('test-results/export.png', png);
    // PNG header: width and height at bytes 16–23; A4 landscape at 150 dpi whatever the window.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1754, 1240]);
    const stats = await s.atlas.page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const colours = (x: number, y: number, w: number, h: number) => {
        const d = ctx.getImageData(x, y, w, h).data;
        const set = new Set<number>();
        for (let i = 0; i < d.length; i += 4) set.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
        return set.size;
      };
      return {
        map: colours(60, 200, 1200, 800),
        legend: colours(1330, 170, 380, 340),
        credits: colours(36, 1090, 1680, 100),
      };
    }, png.toString('base64'));
    expect(stats.map).toBeGreaterThan(50);
    expect(stats.legend).toBeGreaterThan(10);
    expect(stats.credits).toBeGreaterThan(5);
  }, 90_000);
});
