/**
 * Headless Chromium as the tests run it: software WebGL (SwiftShader), never
 * --disable-software-rasterizer, and nothing that reaches for the network on its own. The bench
 * takes these without --disable-gpu, so WebGL runs in the GPU process (scripts/bench/flags.mjs).
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--enable-unsafe-swiftshader',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
