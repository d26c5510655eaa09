import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { hasWebGL } from './webgl';
import NoWebGL from './NoWebGL';
import { installChunkErrorReporting, isChunkLoadError } from './chunk-errors';
import { createAtlasStore } from '../store/store';

/** A canvas that offers only the context types given. */
function canvasWith(...types: string[]) {
  return vi
    .spyOn(HTMLCanvasElement.prototype, 'getContext')
    .mockImplementation(((type: string) => (types.includes(type) ? ({} as RenderingContext) : null)) as never);
}

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

describe('failures named truthfully (#16)', () => {
  it('asks for WebGL 2, which MapLibre 6 needs: WebGL 1 alone is not enough', () => {
    canvasWith('webgl');
    expect(hasWebGL()).toBe(false);
    vi.restoreAllMocks();
    canvasWith('webgl', 'webgl2');
    expect(hasWebGL()).toBe(true);
  });

  it('releases the context it probed with, so the map does not share the GPU with it', () => {
    const loseContext = vi.fn();
    const getExtension = vi.fn((name: string) => (name === 'WEBGL_lose_context' ? { loseContext } : null));
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(((type: string) =>
      type === 'webgl2' ? ({ getExtension } as unknown as RenderingContext) : null) as never);
    expect(hasWebGL()).toBe(true);
    expect(loseContext).toHaveBeenCalledOnce();
  });

  it('without WebGL 2 the page says so, in both languages', () => {
    canvasWith('webgl');
    render(<NoWebGL />);
    const text = screen.getByTestId('no-webgl').textContent ?? '';
    expect(text).toContain('The map needs WebGL 2');
    expect(text).toContain('Kartan behöver WebGL 2');
  });

  it('with WebGL 2 there, a map that could not load says part of the atlas could not be loaded — reload', () => {
    canvasWith('webgl2');
    render(<NoWebGL />);
    expect(screen.queryByTestId('no-webgl')).toBeNull();
    const text = screen.getByTestId('map-failed').textContent ?? '';
    expect(text).toContain('Part of the atlas could not be loaded or started');
    expect(text).not.toContain('WebGL');
    expect(screen.getByRole('button', { name: 'Ladda om / Reload' })).toBeTruthy();
  });

  it('recognises the ways browsers say a chunk could not be fetched', () => {
    expect(
      isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: http://x/assets/load-1.js')),
    ).toBe(true);
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module: http://x/a.js'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('x is undefined'))).toBe(false);
  });

  it('unhandled chunk failures become one error notice; other rejections are left alone', () => {
    const store = createAtlasStore({ lang: 'en' });
    const stop = installChunkErrorReporting(store);
    for (const reason of [
      new TypeError('Failed to fetch dynamically imported module: a.js'),
      new TypeError('Failed to fetch dynamically imported module: b.js'),
      new Error('other'),
    ]) {
      const e = Object.assign(new Event('unhandledrejection', { cancelable: true }), {
        reason,
        promise: Promise.resolve(),
      });
      window.dispatchEvent(e);
    }
    stop();
    expect(store.getState().notices.map((n) => [n.kind, n.text])).toEqual([
      [
        'error',
        'Part of the atlas could not be loaded; what needs it will not work until the page is reloaded. Reload the page.',
      ],
    ]);
  });
});
