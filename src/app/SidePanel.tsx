import { useRef } from 'react';
import { useAtlas } from '../store/store';
import { PANEL_TABS, type PanelTab } from '../store/ui-slice';
import { t } from '../i18n/i18n';

/**
 * The collapsible panel, in tabs (WAI-ARIA tabs pattern: arrow keys move between tabs).
 * Map-free, so it renders in jsdom.
 */
export default function SidePanel({ tabs }: { tabs: Record<PanelTab, React.ReactNode> }) {
  const lang = useAtlas((s) => s.lang);
  const open = useAtlas((s) => s.panelOpen);
  const active = useAtlas((s) => s.panelTab);
  const setTab = useAtlas((s) => s.setPanelTab);
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});

  const onKeyDown = (e: React.KeyboardEvent) => {
    const i = PANEL_TABS.indexOf(active);
    const next =
      e.key === 'ArrowRight'
        ? PANEL_TABS[(i + 1) % PANEL_TABS.length]
        : e.key === 'ArrowLeft'
          ? PANEL_TABS[(i - 1 + PANEL_TABS.length) % PANEL_TABS.length]
          : e.key === 'Home'
            ? PANEL_TABS[0]
            : e.key === 'End'
              ? PANEL_TABS[PANEL_TABS.length - 1]
              : null;
    if (!next) return;
    e.preventDefault();
    setTab(next);
    refs.current[next]?.focus();
  };

  return (
    <aside id="side-panel" className="side-panel" hidden={!open} aria-label={t('panel.label', lang)}>
      <div className="tabs" role="tablist" aria-label={t('panel.label', lang)} onKeyDown={onKeyDown}>
        {PANEL_TABS.map((tab) => (
          <button
            key={tab}
            ref={(el) => {
              refs.current[tab] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${tab}`}
            aria-selected={active === tab}
            aria-controls={`tabpanel-${tab}`}
            tabIndex={active === tab ? 0 : -1}
            onClick={() => setTab(tab)}
          >
            {t(`tab.${tab}`, lang)}
          </button>
        ))}
      </div>
      {PANEL_TABS.map((tab) => (
        <div
          key={tab}
          role="tabpanel"
          id={`tabpanel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          hidden={active !== tab}
          className="tabpanel"
        >
          {active === tab && tabs[tab]}
        </div>
      ))}
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
