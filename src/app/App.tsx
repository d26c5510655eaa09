import { lazy, Suspense } from 'react';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import ErrorBoundary from '../ui/ErrorBoundary';
import Notices from '../ui/Notices';
import Header from './Header';
import SidePanel, { PanelSection } from './SidePanel';
import NoWebGL from './NoWebGL';
import LayerPanel from '../features/layer-panel/LayerPanel';
import DetailsPanel from '../features/details/DetailsPanel';
import DataStatus from '../features/details/DataStatus';
import AboutPanel from '../features/about/AboutPanel';
import ZoneFilterPanel from '../features/zone-filter/ZoneFilterPanel';
import AttributeFilters from '../features/attribute-filters/AttributeFilters';

const MapView = lazy(() => import('../map/MapView'));

function PanelError({ error, reset }: { error: Error; reset: () => void }) {
  const lang = useAtlas((s) => s.lang);
  return (
    <div className="panel-error" role="alert">
      <strong>{t('error.title', lang)}</strong>
      <p>{error.message}</p>
      <button type="button" onClick={reset}>
        {t('error.retry', lang)}
      </button>
    </div>
  );
}

export default function App({ webgl }: { webgl: boolean }) {
  const lang = useAtlas((s) => s.lang);
  const panelOpen = useAtlas((s) => s.panelOpen);
  return (
    <div className={`app ${panelOpen ? 'panel-open' : 'panel-closed'}`} lang={lang}>
      <Header />
      <div className="body">
        <SidePanel>
          <ErrorBoundary fallback={(e, reset) => <PanelError error={e} reset={reset} />}>
            <PanelSection id="layers" title={t('panel.layers', lang)}>
              <DataStatus />
              <LayerPanel />
            </PanelSection>
            <PanelSection id="zones" title={t('zones.title', lang)}>
              <ZoneFilterPanel />
            </PanelSection>
            <PanelSection id="filters" title={t('panel.filters', lang)}>
              <AttributeFilters />
            </PanelSection>
            <PanelSection id="details" title={t('panel.details', lang)}>
              <DetailsPanel />
            </PanelSection>
            <AboutPanel />
          </ErrorBoundary>
        </SidePanel>
        <main id="map" className="map-area" tabIndex={-1} aria-label={t('map.label', lang)}>
          {webgl ? (
            <ErrorBoundary fallback={() => <NoWebGL />}>
              <Suspense fallback={null}>
                <MapView />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <NoWebGL />
          )}
          <Notices />
        </main>
      </div>
    </div>
  );
}
