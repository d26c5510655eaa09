import { useMemo } from 'react';
import { Layer, Source } from 'react-map-gl/maplibre';
import { useAtlas } from '../store/store';
import { siteRings } from '../geo/site-profile';
import { SITE_NAMES } from '../store/site-slice';
import { siteLayerSpecs, sitesCollection, SITE_RINGS_SOURCE, SITES_SOURCE } from './layers/site-layers';

const SPECS = siteLayerSpecs();

/** Candidate sites and the distance rings around the active one. */
export default function SiteLayers() {
  const sites = useAtlas((s) => s.sites);
  const active = useAtlas((s) => s.activeSite);
  const points = useMemo(() => sitesCollection(sites, active, SITE_NAMES), [sites, active]);
  const rings = useMemo(
    () => (sites[active] ? siteRings(sites[active]) : { type: 'FeatureCollection' as const, features: [] }),
    [sites, active],
  );
  return (
    <>
      <Source id={SITE_RINGS_SOURCE} type="geojson" data={rings}>
        {SPECS.filter((s) => s.source === SITE_RINGS_SOURCE).map((spec) => (
          <Layer key={spec.id} {...spec} />
        ))}
      </Source>
      <Source id={SITES_SOURCE} type="geojson" data={points}>
        {SPECS.filter((s) => s.source === SITES_SOURCE).map((spec) => (
          <Layer key={spec.id} {...spec} />
        ))}
      </Source>
    </>
  );
}
