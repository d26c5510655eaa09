/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { ONLINE_ORIGINS } from './src/map/basemap/online-style';

/**
 * The Content-Security-Policy of the built atlas: no inline script, no eval; connections only to
 * itself and the optional online basemap. Build only: Vite's dev server injects an inline
 * module script for hot reload, which this policy would (rightly) block.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // React sets style attributes (positions, swatch colours); no <style> from data is ever made.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self' ${ONLINE_ORIGINS.join(' ')}`,
  "worker-src 'self' blob:",
  "child-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

const csp = (): Plugin => ({
  name: 'atlas-csp',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CSP}" />`,
    ),
});

/**
 * Offline after one visit: Workbox precaches the built app, its data (bundled in the chunks),
 * the stories and the embedded basemap. The online street map is never cached (its origins
 * match no rule). `prompt`: a new version waits until the user says so (see src/app/pwa.ts).
 */
const pwa = () =>
  VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    includeAssets: ['icons/icon.svg'],
    manifest: {
      id: './',
      name: 'Stockholm Life Science Atlas',
      short_name: 'LS Atlas',
      description:
        'The Stockholm–Uppsala life-science ecosystem on one map, from Karolinska Institutet’s statement on the city’s establishment strategy. Works offline.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#f3f1ec',
      theme_color: '#123a5c',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{html,js,mjs,css,woff2,woff,png,svg,json,geojson,txt,webmanifest}'],
      // The map library (1.1 MB) and the stops (1.5 MB) are bigger than Workbox's 2 MB default allows for some builds.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
    },
  });

export default defineConfig({
  plugins: [react(), csp(), pwa()],
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
  },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        // Pure code is tested in node (starting jsdom cost ~0.8 s per file); a .test.ts file that
        // needs the DOM says so with a `// @vitest-environment jsdom` first line.
        test: {
          name: 'unit',
          environment: 'node',
          // Pure functions share no state between files, so one module graph serves them all:
          // without isolation the files stop paying vitest's per-file start-up (~1 s each here).
          isolate: false,
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        // Components (React, rendered into jsdom).
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx', 'test/unit/**/*.test.tsx'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
