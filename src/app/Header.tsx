import { useAtlas } from '../store/store';
import { LANGS, t } from '../i18n/i18n';
import { BASEMAPS } from '../store/url-codec';
import SearchBox from '../features/search/SearchBox';

export default function Header() {
  const lang = useAtlas((s) => s.lang);
  const setLang = useAtlas((s) => s.setLang);
  const basemap = useAtlas((s) => s.basemap);
  const status = useAtlas((s) => s.basemapStatus);
  const setBasemap = useAtlas((s) => s.setBasemap);
  const panelOpen = useAtlas((s) => s.panelOpen);
  const togglePanel = useAtlas((s) => s.togglePanel);
  const listView = useAtlas((s) => s.listView);
  const setListView = useAtlas((s) => s.setListView);

  return (
    <header className="header">
      <a className="skip-link" href="#map">
        {t('header.skip', lang)}
      </a>
      <button
        type="button"
        className="panel-toggle"
        aria-expanded={panelOpen}
        aria-controls="side-panel"
        onClick={togglePanel}
        title={t(panelOpen ? 'panel.toggle.close' : 'panel.toggle.open', lang)}
      >
        <span aria-hidden="true">☰</span>
        <span className="visually-hidden">{t(panelOpen ? 'panel.toggle.close' : 'panel.toggle.open', lang)}</span>
      </button>
      <div className="title">
        <h1>{t('app.title', lang)}</h1>
        <p className="subtitle">{t('app.subtitle', lang)}</p>
      </div>
      <div className="header-controls">
        <SearchBox />
        <label className="control">
          <span className="visually-hidden">{t('basemap.label', lang)}</span>
          <select
            value={basemap}
            onChange={(e) => setBasemap(e.target.value as (typeof BASEMAPS)[number])}
            data-testid="basemap-select"
          >
            {BASEMAPS.map((b) => (
              <option key={b} value={b}>
                {t(b === 'online' ? 'basemap.online' : 'basemap.embedded', lang)}
              </option>
            ))}
          </select>
        </label>
        <span className={`basemap-badge basemap-${basemap}`} data-testid="basemap-indicator" aria-live="polite">
          {status === 'loading'
            ? t('basemap.loading', lang)
            : `${t('basemap.showing', lang)}: ${t(basemap === 'online' ? 'basemap.online' : 'basemap.embedded', lang)}`}
        </span>
        <button
          type="button"
          className="header-button"
          aria-pressed={listView}
          onClick={() => setListView(!listView)}
          data-testid="list-toggle"
        >
          {t(listView ? 'list.close' : 'list.open', lang)}
        </button>
        <div className="lang-switch" role="group" aria-label={t('lang.switch', lang)}>
          {LANGS.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              aria-pressed={lang === l}
              onClick={() => setLang(l)}
              title={t(l === 'sv' ? 'lang.sv' : 'lang.en', lang)}
            >
              {l.toUpperCase()}
            </button>
          ))}
        </div>
      </div>
    </header>
  );
}
