import 'vitest';
import type { TestProject } from 'vitest/node';
import { build, preview, type PreviewServer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
let server: PreviewServer | undefined;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Build the production app once and serve it on loopback for every e2e file. */
export async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would give us React's development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root, logLevel: 'warn', mode: 'production', build: { outDir: 'dist' } });
  } finally {
    process.env.NODE_ENV = previous;
  }
  server = await preview({ root, logLevel: 'warn', preview: { port: 0, host: '127.0.0.1', strictPort: false } });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('vite preview did not report a URL');
  project.provide('baseUrl', address);
}

export async function teardown() {
  await new Promise<void>((resolve) => (server ? server.httpServer.close(() => resolve()) : resolve()));
}
