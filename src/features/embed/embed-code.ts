/**
 * The `<iframe>` a web editor pastes to show the current view on another page. The frame is
 * sandboxed to what the atlas needs: its scripts, its own origin (storage for the story and
 * the offline copy), and pop-ups for "Open in the atlas" and source links.
 */
export const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

export function embedUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.delete('tab');
  url.searchParams.set('embed', '1');
  return url.toString().replace(/%2C/gi, ',').replace(/%3B/gi, ';');
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(href: string, title: string, height = 560): string {
  return `<iframe src="${attr(embedUrl(href))}" title="${attr(title)}" width="100%" height="${height}" style="border:0" loading="lazy" allow="fullscreen" sandbox="${EMBED_SANDBOX}"></iframe>`;
}
