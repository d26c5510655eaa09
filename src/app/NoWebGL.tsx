import { useMemo } from 'react';
import { t } from '../i18n/i18n';
import { hasWebGL } from './webgl';

/**
 * Shown instead of the map when it cannot be had, in both languages, always — and saying why:
 * no WebGL 2 in this browser, or (with WebGL 2 there) part of the atlas's code that could not be
 * loaded or start, which a reload cures and browser settings do not.
 */
export default function NoWebGL() {
  const webgl2 = useMemo(() => hasWebGL(), []);
  if (!webgl2) {
    return (
      <div className="no-webgl" role="alert" data-testid="no-webgl">
        {(['sv', 'en'] as const).map((l) => (
          <div key={l} lang={l}>
            <h2>{t('nowebgl.title', l)}</h2>
            <p>{t('nowebgl.body2', l)}</p>
          </div>
        ))}
      </div>
    );
  }
  return (
    <div className="no-webgl" role="alert" data-testid="map-failed">
      {(['sv', 'en'] as const).map((l) => (
        <div key={l} lang={l}>
          <h2>{t('nowebgl.title', l)}</h2>
          <p>{t('chunk.body', l)}</p>
        </div>
      ))}
      <button type="button" className="button primary" onClick={() => window.location.reload()}>
        {t('chunk.reload', 'sv')} / {t('chunk.reload', 'en')}
      </button>
    </div>
  );
}
