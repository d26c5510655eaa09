import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/inter/400.css';
import '@fontsource/inter/600.css';
import './app/app.css';
import App from './app/App';
import { useAtlas } from './store/store';
import { startUrlSync } from './store/url-sync';
import { startData } from './app/start-data';
import { startOwnLayers } from './app/start-own-layers';
import { startOffline } from './app/pwa';
import { installChunkErrorReporting } from './app/chunk-errors';

// A code chunk that cannot load (network dropped, a newer build on the server) is named, not silent.
installChunkErrorReporting(useAtlas);
startUrlSync(useAtlas);
void startData(useAtlas);
startOwnLayers(useAtlas);
void startOffline(useAtlas);

// Map labels are drawn from this web font (no glyph server), so it must be ready before the
// first symbol layer asks for it; a failure only costs the font, never the map.
const fontsReady = Promise.allSettled([document.fonts.load('400 16px Inter'), document.fonts.load('600 16px Inter')]);

void fontsReady.then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
