import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';

/** The collapsible panel: layers, filters, details. Map-free so it renders in jsdom. */
export default function SidePanel({ children }: { children?: React.ReactNode }) {
  const lang = useAtlas((s) => s.lang);
  const open = useAtlas((s) => s.panelOpen);
  return (
    <aside id="side-panel" className="side-panel" hidden={!open} aria-label={t('panel.label', lang)}>
      {children}
    </aside>
  );
}

export function PanelSection({ title, children, id }: { title: string; children: React.ReactNode; id: string }) {
  return (
    <section className="panel-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  );
}
