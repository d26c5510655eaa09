import { t } from '../i18n/i18n';

/** Shown instead of the map when no WebGL context can be had: both languages, always. */
export default function NoWebGL() {
  return (
    <div className="no-webgl" role="alert" data-testid="no-webgl">
      {(['sv', 'en'] as const).map((l) => (
        <div key={l} lang={l}>
          <h2>{t('nowebgl.title', l)}</h2>
          <p>{t('nowebgl.body', l)}</p>
        </div>
      ))}
    </div>
  );
}
