// Rasterise public/icons/icon.svg to the PNG sizes a web app manifest needs (192, 512, and a
// maskable 512 with the safe-zone padding), with the same headless Chromium the tests use.
// Run once after changing the SVG: node scripts/icons/make-icons.mjs
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const svg = readFileSync('public/icons/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true });
const page = await browser.newPage();
for (const [name, size, pad] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['icon-maskable-512.png', 512, 0.1],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = Math.round(size * (1 - 2 * pad));
  await page.setContent(
    `<html><body style="margin:0;background:#123a5c;display:grid;place-items:center;width:${size}px;height:${size}px">` +
      `<img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${inner}" height="${inner}"></body></html>`,
  );
  await page.screenshot({ path: `public/icons/${name}`, omitBackground: pad === 0 });
  console.log('wrote', name);
}
await browser.close();
