import { useState, type ReactNode } from 'react';
import { t, type Lang } from '../i18n/i18n';
import { useAtlas } from '../store/store';

/** A collapsible card over the map (the comparisons): the header stays, the body folds away. */
export default function Overlay({
  id,
  title,
  lang,
  actions,
  children,
  testId,
  className = '',
}: {
  id: string;
  title: string;
  lang: Lang;
  actions: ReactNode;
  children: ReactNode;
  testId?: string;
  className?: string;
}) {
  const [ownOpen, setOpen] = useState(true);
  // While a site is being placed the map must be free to click: the card folds to its header.
  const placing = useAtlas((s) => s.placing);
  const open = ownOpen && !placing;
  return (
    <section
      className={`compare ${className} ${open ? '' : 'collapsed'}`}
      aria-labelledby={`${id}-title`}
      data-testid={testId}
    >
      <header className="compare-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {open && actions}
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={`${id}-body`}
          onClick={() => setOpen(!open)}
          disabled={placing}
        >
          {t(open ? 'overlay.collapse' : 'overlay.expand', lang)}
        </button>
      </header>
      <div className="compare-body" id={`${id}-body`}>
        {children}
      </div>
    </section>
  );
}
