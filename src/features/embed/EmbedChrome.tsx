import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import MapLegend from '../../ui/MapLegend';

/** The full atlas at the same view: this page's link without `embed=1`. */
export function atlasHref(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('embed');
  return url.toString().replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

/**
 * What an embedded atlas shows besides the map: a compact legend and a way to the whole atlas
 * with the same state. Nothing here needs storage, pop-ups or full screen, so a sandboxed
 * frame loses nothing.
 */
export default function EmbedChrome() {
  const lang = useAtlas((s) => s.lang);
  const embed = useAtlas((s) => s.embed);
  const presenting = useAtlas((s) => s.presenting);
  if (!embed) return null;
  // The link is read from the address as it is when used: the view (hash) moves on its own.
  const refresh = (e: { currentTarget: HTMLAnchorElement }) => {
    e.currentTarget.href = atlasHref(window.location.href);
  };
  return (
    <>
      {!presenting && <MapLegend testId="embed-legend" />}
      <a
        className="embed-open"
        href={atlasHref(window.location.href)}
        target="_blank"
        rel="noopener"
        data-testid="embed-open"
        onFocus={refresh}
        onMouseDown={refresh}
        onClick={refresh}
      >
        {t('embed.open', lang)} ↗
      </a>
    </>
  );
}
