import bbox from '@turf/bbox';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AtlasStore } from '../store/store';
import type { AtlasData } from '../data/validate';
import { t, formatKm, pick } from '../i18n/i18n';
import { featureIndex } from '../store/selectors';

/**
 * A shared link reopens what the sender saw: the tab that owns the link's state opens, and when
 * the link carries no camera (#zoom/lat/lng) the map frames the chosen zones (with the distance
 * around them), the sites, or the places behind the chosen policy point. A one-line notice says
 * what the link shows.
 */
export function applyLinkView(store: AtlasStore, data: AtlasData, hasCamera: boolean, hasTab = false): void {
  const s = store.getState();
  const { lang } = s;
  const zoneFeatures = data.zones.features.filter(
    (z) => s.zones.includes(z.properties.id) || s.compare.includes(z.properties.id),
  );
  const index = featureIndex(data);
  const lensPlaces = s.lens
    ? [...index.values()].filter(
        (h) =>
          (h.feature.properties as { policyPoints?: string[] }).policyPoints?.includes(s.lens!) && h.layer !== 'zones',
      )
    : [];
  if (s.selectedId) return; // a place's link opens its details (url-sync) and is framed there
  let tab: 'zones' | 'site' | 'lens' | null = null;
  const geoms: Geometry[] = [];
  if (s.sites.length) {
    tab = 'site';
    for (const site of s.sites) geoms.push({ type: 'Point', coordinates: site });
  } else if (zoneFeatures.length) {
    tab = 'zones';
    geoms.push(...zoneFeatures.map((z) => z.geometry));
  } else if (s.lens && lensPlaces.length) {
    tab = 'lens';
    geoms.push(...lensPlaces.map((h) => h.feature.geometry));
  }
  if (!tab) return;
  if (!hasTab) store.setState({ panelTab: tab, panelOpen: true });
  if (!hasCamera && geoms.length) {
    const fc: FeatureCollection = {
      type: 'FeatureCollection',
      features: geoms.map((g) => ({ type: 'Feature', properties: {}, geometry: g })),
    };
    const [w, so, e, n] = bbox(fc);
    // Pad by the distance around the zones (degrees from metres, at this latitude) or by 300 m.
    const pad = (tab === 'zones' ? s.within : 300) / 111_000;
    const padLng = pad / Math.cos((((so + n) / 2) * Math.PI) / 180);
    // Two or more sites, or compared zones, open their comparison over the lower half of the map.
    const comparing = (tab === 'site' && s.sites.length >= 2) || s.compare.length >= 2;
    s.requestCamera({
      kind: 'fit',
      bounds: [w - padLng, so - pad, e + padLng, n + pad],
      ...(comparing ? { above: 'comparison' as const } : {}),
    });
  }
  const what =
    tab === 'zones'
      ? t('link.zones', lang, {
          zones: zoneFeatures.map((z) => pick(lang, z.properties.name, z.properties.name_en)).join(', '),
          km: formatKm(s.within, lang),
        })
      : tab === 'site'
        ? t('link.sites', lang, { n: s.sites.length })
        : t('link.lens', lang, { point: s.lens ?? '', n: lensPlaces.length });
  s.addNotice('info', what);
}
