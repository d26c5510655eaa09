import type { AtlasStore } from '../store/store';
import { t } from '../i18n/i18n';

/** Set by startOffline: takes the waiting version (the page reloads into it). */
let applyUpdate: (() => Promise<void>) | null = null;

export function updateNow(): void {
  void applyUpdate?.();
}

async function storedBytes(): Promise<number | null> {
  try {
    const estimate = await navigator.storage?.estimate?.();
    return estimate?.usage ?? null;
  } catch {
    return null;
  }
}

/**
 * Offline after one visit: register the service worker Workbox built (vite-plugin-pwa), say
 * when everything is saved and how much, and hold a new version until the user takes it.
 * A browser without service workers (or a sandboxed frame) simply stays online-only.
 */
export async function startOffline(store: AtlasStore): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const { setOffline } = store.getState();
  const ready = async (announce: boolean) => {
    const bytes = await storedBytes();
    setOffline({ offlineStatus: 'ready', offlineBytes: bytes });
    if (announce) {
      const { lang, addNotice } = store.getState();
      const mb =
        bytes === null
          ? '?'
          : (bytes / 1e6).toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 });
      addNotice('info', t('offline.ready', lang, { mb }));
    }
  };
  try {
    // A page already controlled by the worker was saved on an earlier visit.
    const controlled = Boolean(navigator.serviceWorker.controller);
    setOffline({ offlineStatus: controlled ? 'ready' : 'saving' });
    if (controlled) void ready(false);
    const { registerSW } = await import('virtual:pwa-register');
    applyUpdate = registerSW({
      immediate: true,
      onOfflineReady: () => void ready(true),
      onNeedRefresh: () => setOffline({ updateWaiting: true }),
      onRegisterError: () => setOffline({ offlineStatus: 'failed' }),
    });
  } catch {
    // Storage or service workers refused (private mode, a sandboxed frame): online-only, said in About.
    setOffline({ offlineStatus: 'failed' });
  }
}
