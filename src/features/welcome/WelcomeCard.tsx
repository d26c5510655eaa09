import { useEffect, useRef, useState } from 'react';
import { useAtlas } from '../../store/store';
import { formatNumber, t } from '../../i18n/i18n';
import { DEFAULT_STORY_ID } from '../../data/story-ids';
import { COVERAGE, mappedCompanies } from '../../data/coverage';
import { POINT_LAYER_IDS } from '../../data/layers';
import { isBareOpening, rememberWelcomeDismissed, welcomeDismissed } from './welcome-memory';

/** The zones the "compare zones" way in opens side by side: the ask and two proposed peers. */
const FIRST_COMPARISON = ['zone-hagastaden', 'zone-flemingsberg', 'zone-kista'];

/**
 * The first screen says what this is: KI's statement, its ask for Hagastaden, what the map
 * shows (with how much of the cluster), and three ways in — one per kind of user. Dismissed
 * once, remembered in this browser; a shared link never shows it.
 */
export default function WelcomeCard() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  const presenting = useAtlas((s) => s.presenting);
  const [open, setOpen] = useState(
    () => typeof window !== 'undefined' && isBareOpening(window.location.search) && !welcomeDismissed(),
  );
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  if (!open || presenting) return null;

  function close() {
    rememberWelcomeDismissed();
    setOpen(false);
  }
  const go = (action: () => void) => () => {
    close();
    action();
  };
  const s = useAtlas.getState();
  const places = data ? POINT_LAYER_IDS.reduce((n, l) => n + data.layers[l].features.length, 0) : null;
  const companies = data ? mappedCompanies(data) : null;

  return (
    <section
      className="welcome-card"
      role="dialog"
      aria-modal="false"
      aria-labelledby="welcome-title"
      data-testid="welcome"
    >
      <h2 id="welcome-title" ref={heading} tabIndex={-1}>
        {t('welcome.title', lang)}
      </h2>
      <p>{t('welcome.statement', lang)}</p>
      {places !== null && companies !== null && (
        <p>
          {t('welcome.shows', lang, {
            places: formatNumber(places, lang),
            companies: formatNumber(companies, lang),
            total: formatNumber(COVERAGE.region.companies, lang),
          })}
        </p>
      )}
      <div className="welcome-ways">
        <button
          type="button"
          className="button primary"
          data-testid="welcome-story"
          onClick={go(() => s.startStory(DEFAULT_STORY_ID, 0))}
        >
          <strong>{t('welcome.story', lang)}</strong>
          <span>{t('welcome.storyWho', lang)}</span>
        </button>
        <button
          type="button"
          className="button"
          data-testid="welcome-site"
          onClick={go(() => {
            s.setPanelTab('site');
            s.setPlacing(true);
          })}
        >
          <strong>{t('welcome.site', lang)}</strong>
          <span>{t('welcome.siteWho', lang)}</span>
        </button>
        <button
          type="button"
          className="button"
          data-testid="welcome-compare"
          onClick={go(() => {
            s.setPanelTab('zones');
            s.setZones(FIRST_COMPARISON);
            s.setCompare(FIRST_COMPARISON);
          })}
        >
          <strong>{t('welcome.compare', lang)}</strong>
          <span>{t('welcome.compareWho', lang)}</span>
        </button>
      </div>
      <button type="button" className="link-button welcome-close" onClick={close} data-testid="welcome-close">
        {t('welcome.close', lang)}
      </button>
    </section>
  );
}
