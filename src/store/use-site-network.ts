import { useEffect } from 'react';
import { useAtlas } from './store';
import type { Network } from '../data/network';

/**
 * The transit network for site profiles, fetched with the first site: start-up does not pay
 * for 11,000 stops. Null until it has arrived (the profile falls back to the atlas's stations).
 */
export function useSiteNetwork(): Network | null {
  const network = useAtlas((s) => s.network);
  const ensureNetwork = useAtlas((s) => s.ensureNetwork);
  const hasSites = useAtlas((s) => s.sites.length > 0);
  useEffect(() => {
    if (hasSites) ensureNetwork();
  }, [hasSites, ensureNetwork]);
  return network;
}
