/**
 * Headless Chromium as the tests and the bench run it: software WebGL (SwiftShader), never
 * --disable-software-rasterizer, and nothing that reaches for the network on its own.
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
