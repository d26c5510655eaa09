/** True only for http(s) URLs: a `javascript:` or `data:` value from data or a link never becomes clickable. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    const u = new URL(href);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** An external link opened in a new tab, or plain text when the URL is not http(s). */
export default function SafeLink({ href, children }: { href: unknown; children?: React.ReactNode }) {
  if (!isSafeHref(href)) return <span className="unsafe-link">{children ?? String(href)}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children ?? href}
    </a>
  );
}
