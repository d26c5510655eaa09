import { t } from '../i18n/i18n';
import type { AtlasStore } from '../store/store';

/*
 * A code chunk that cannot be fetched (the network dropped, a new deploy replaced the files the
 * open page asks for) is not the browser lacking WebGL, and not "Loading data …" for ever: it is
 * said as what it is, with the one cure there is — reload.
 */

// What browsers say when a dynamic import or its preload fails (Chromium, Firefox, Safari; Vite).
const CHUNK_ERROR =
  /Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Failed to load module script|Unable to preload CSS/i;

export function isChunkLoadError(e: unknown): boolean {
  const message = e instanceof Error ? e.message : typeof e === 'string' ? e : '';
  return CHUNK_ERROR.test(message);
}

/**
 * Install once at start-up: a chunk failure that nothing else handles (the data loader, the story
 * schema, MapLibre's code) becomes one error notice instead of an unhandled rejection. (The map's
 * own chunk is caught by its error boundary, whose fallback says the same.)
 */
export function installChunkErrorReporting(store: AtlasStore, win: Window = window): () => void {
  const onRejection = (e: PromiseRejectionEvent) => {
    if (!isChunkLoadError(e.reason)) return;
    e.preventDefault();
    const { lang, addNotice } = store.getState();
    addNotice('error', t('chunk.failed', lang), { group: 'chunk' });
  };
  win.addEventListener('unhandledrejection', onRejection);
  return () => win.removeEventListener('unhandledrejection', onRejection);
}
