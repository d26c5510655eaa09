// The bench's Chromium: the tests' flags (test/support/chromium-flags.mjs) without --disable-gpu,
// so WebGL runs the way a real browser runs it, in the GPU process, here on SwiftShader through
// ANGLE. With --disable-gpu the page's main thread rasterises too, the atlas and its floor both
// saturate it, and the bench cannot see the atlas's own overhead (issue #14).
import { CHROMIUM_FLAGS } from '../../test/support/chromium-flags.mjs';

export const GPU_PROCESS_FLAGS = ['--enable-unsafe-swiftshader', '--use-angle=swiftshader', '--ignore-gpu-blocklist'];

export const BENCH_FLAGS = [
  ...CHROMIUM_FLAGS.filter((f) => f !== '--disable-gpu' && !GPU_PROCESS_FLAGS.includes(f)),
  ...GPU_PROCESS_FLAGS,
];
