import { lazy, Suspense, useCallback, useState } from 'react';
import { useAtlas } from '../store/store';
import { t } from '../i18n/i18n';
import ErrorBoundary from '../ui/ErrorBoundary';
import Notices from '../ui/Notices';
import Header from './Header';
import SidePanel, { PanelSection } from './SidePanel';
import NoWebGL from './NoWebGL';
import LayerPanel from '../features/layer-panel/LayerPanel';
import DetailsPanel from '../features/details/DetailsPanel';
import OwnFeatureDetails from '../features/details/OwnFeatureDetails';
import DataStatus from '../features/details/DataStatus';
import AboutPanel from '../features/about/AboutPanel';
import PolicyPanel from '../features/policy/PolicyPanel';
import ZoneFilterPanel from '../features/zone-filter/ZoneFilterPanel';
import AttributeFilters from '../features/attribute-filters/AttributeFilters';
import CompareView from '../features/zone-compare/CompareView';
import OwnLayersPanel from '../features/import/OwnLayersPanel';
import DropZone from '../features/import/DropZone';
import ListView from '../features/list-view/ListView';
import SelectionAnnouncer from '../features/details/SelectionAnnouncer';
import StoryEditor from '../features/story/StoryEditor';
import WelcomeCard from '../features/welcome/WelcomeCard';
import EmbedChrome from '../features/embed/EmbedChrome';
import PlacingBanner from '../features/site/PlacingBanner';
import UpdateBanner from './UpdateBanner';
import MapLoading from '../map/MapLoading';
import TimeControl from '../features/time/TimeControl';
import ZoneGrowthChart from '../features/time/ZoneGrowthChart';
import StoryPlayer from '../features/story/StoryPlayer';
import SitePanel from '../features/site/SitePanel';
import SiteCompareView from '../features/site/SiteCompareView';

// The map's chunk is asked for as this module runs, not when React first renders <MapView>: it
// then loads beside the data instead of after it, and the map (the longest step of start-up)
// begins sooner. A failure is React's to show (the boundary's fallback), not an unhandled rejection.
const mapViewChunk = import('../map/MapView');
mapViewChunk.catch(() => undefined);
const MapView = lazy(() => mapViewChunk);

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

/** One failing panel shows its error and a retry; the rest of the atlas goes on. */
function Guard({ children }: { children: React.ReactNode }) {
  return <ErrorBoundary fallback={(e, reset) => <PanelError error={e} reset={reset} />}>{children}</ErrorBoundary>;
}

export default function App() {
  // Whether the map could get a WebGL 2 context: assumed, and told by the map when it cannot.
  // No probe of our own at start-up: creating and dropping a context cost ~200 ms there, and the
  // map's own context creation is the same test (it fails with GPUInitializationError).
  const [webgl, setWebgl] = useState(true);
  const noWebGL = useCallback(() => setWebgl(false), []);
  const lang = useAtlas((s) => s.lang);
  const panelOpen = useAtlas((s) => s.panelOpen);
  const presenting = useAtlas((s) => s.presenting);
  const embed = useAtlas((s) => s.embed);
  const tabs = {
    layers: (
      <Guard>
        <PanelSection id="layers" title={t('panel.layers', lang)}>
          <DataStatus />
          <LayerPanel />
        </PanelSection>
        <PanelSection id="own-layers" title={t('import.yours', lang)}>
          <OwnLayersPanel />
        </PanelSection>
        <PanelSection id="filters" title={t('panel.filters', lang)}>
          <AttributeFilters />
        </PanelSection>
        <AboutPanel />
      </Guard>
    ),
    zones: (
      <Guard>
        <PanelSection id="zones" title={t('zones.title', lang)}>
          <ZoneFilterPanel />
          <ZoneGrowthChart />
        </PanelSection>
      </Guard>
    ),
    lens: (
      <Guard>
        <PanelSection id="lens" title={t('lens.title', lang)}>
          <PolicyPanel />
        </PanelSection>
      </Guard>
    ),
    site: (
      <Guard>
        <PanelSection id="site" title={t('site.title', lang)}>
          <SitePanel />
        </PanelSection>
      </Guard>
    ),
    story: (
      <Guard>
        <PanelSection id="story" title={t('story.title', lang)}>
          <StoryEditor />
        </PanelSection>
      </Guard>
    ),
    details: (
      <Guard>
        <PanelSection id="details" title={t('panel.details', lang)}>
          <OwnFeatureDetails />
          <DetailsPanel />
        </PanelSection>
      </Guard>
    ),
  };
  return (
    <div
      className={`app ${panelOpen ? 'panel-open' : 'panel-closed'}${presenting ? ' presenting' : ''}${embed ? ' embedded' : ''}`}
      lang={lang}
    >
      {!embed && <Header />}
      <DropZone />
      <p className="print-title">{t('app.title', lang)}</p>
      <div className="body">
        {!embed && <SidePanel tabs={tabs} />}
        <main id="map" className="map-area" tabIndex={-1} aria-label={t('map.label', lang)}>
          {webgl ? (
            <ErrorBoundary fallback={() => <NoWebGL />}>
              <Suspense fallback={null}>
                <MapView onNoWebGL={noWebGL} />
              </Suspense>
            </ErrorBoundary>
          ) : (
            <NoWebGL />
          )}
          <MapLoading webgl={webgl} />
          <Guard>
            <CompareView />
          </Guard>
          <Guard>
            <SiteCompareView />
          </Guard>
          <Guard>
            <StoryPlayer />
          </Guard>
          <Guard>
            <ListView />
          </Guard>
          <EmbedChrome />
          <WelcomeCard />
          <PlacingBanner />
          <UpdateBanner />
          <Guard>
            <TimeControl />
          </Guard>
          <SelectionAnnouncer />
          <Notices />
        </main>
      </div>
    </div>
  );
}
