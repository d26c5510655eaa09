import { useEffect, useMemo, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import { embeddedStyle } from './basemap/embedded-style';
import { probeOnlineStyle } from './basemap/online-style';

/**
 * The style the map should show. The online style is only handed to the map once its JSON
 * has arrived; if it cannot be reached the store goes back to the embedded basemap with a notice.
 */
export function useBasemapStyle(): StyleSpecification {
  const basemap = useAtlas((s) => s.basemap);
  const embedded = useMemo(() => embeddedStyle(import.meta.env.BASE_URL), []);
  const [online, setOnline] = useState<StyleSpecification | null>(null);

  useEffect(() => {
    if (basemap !== 'online' || online) return;
    let cancelled = false;
    probeOnlineStyle()
      .then((json) => {
        if (cancelled) return;
        setOnline(json as StyleSpecification);
        useAtlas.getState().setBasemapStatus('ready');
      })
      .catch(() => {
        if (cancelled) return;
        fallBackToEmbedded();
      });
    return () => {
      cancelled = true;
    };
  }, [basemap, online]);

  return basemap === 'online' && online ? online : embedded;
}

export function fallBackToEmbedded(): void {
  const { lang, setBasemap, addNotice } = useAtlas.getState();
  setBasemap('embedded');
  addNotice('warning', t('basemap.fallback', lang));
}
