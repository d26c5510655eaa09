import { useEffect, useRef } from 'react';
import { useAtlas } from '../../store/store';
import { pick, t } from '../../i18n/i18n';
import { POLICY_POINTS_TEXT } from '../../data/policy-points';
import SafeLink from '../../ui/SafeLink';
import { digitJump, storyKey } from './story-keys';
import MapLegend from '../../ui/MapLegend';
import { fillCounts } from '../../geo/story-counts';
import { atlasIndexes } from '../../store/selectors';

/** Full-screen presentation: caption card, progress dots, clicker keys. */
export default function StoryPlayer() {
  const lang = useAtlas((s) => s.lang);
  const data = useAtlas((s) => s.data);
  // Numbers on a slide come from the data ({companies}, {inside:pharma:zone-…}), never typed.
  const fill = (text: string) =>
    data ? fillCounts(text, data, atlasIndexes(data), lang === 'sv' ? 'sv-SE' : 'en-GB') : text;
  const presenting = useAtlas((s) => s.presenting);
  const story = useAtlas((s) => s.stories[s.storyId]);
  const scene = useAtlas((s) => s.scene);
  const goToScene = useAtlas((s) => s.goToScene);
  const stopStory = useAtlas((s) => s.stopStory);

  const digits = useRef({ digits: '', at: 0 });
  useEffect(() => {
    if (!presenting || !story) return;
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target?.closest('input, textarea, select')) return;
      // Leave Enter/Space to a focused button (dots, prev/next) so they work as buttons.
      if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a')) return;
      if (/^[0-9]$/.test(e.key)) {
        // "1" then "2" reaches scene 12; a lone digit still jumps at once.
        const jump = digitJump(digits.current, e.key, Date.now(), story.scenes.length);
        digits.current = { digits: jump.digits, at: Date.now() };
        if (jump.scene !== null) {
          e.preventDefault();
          goToScene(jump.scene);
        }
        return;
      }
      const action = storyKey(e.key, scene, story.scenes.length);
      if (!action) return;
      e.preventDefault();
      if (action.kind === 'exit') stopStory();
      else goToScene(action.scene);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [presenting, story, scene, goToScene, stopStory]);

  // Full screen while presenting; the browser's own Esc leaves full screen, and so the story.
  useEffect(() => {
    if (!presenting) {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
      return;
    }
    void document.documentElement.requestFullscreen?.().catch(() => {});
    let wasFull = false;
    const onChange = () => {
      if (document.fullscreenElement) wasFull = true;
      else if (wasFull) stopStory();
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, [presenting, stopStory]);

  if (!presenting || !story) return null;
  const current = story.scenes[scene];
  const total = story.scenes.length;
  return (
    <div className="story-player" data-testid="story-player">
      <MapLegend testId="story-legend" />
      <article className="story-card" aria-live="polite" aria-atomic="true" data-scene={scene + 1}>
        <p className="story-kicker">
          {pick(lang, story.title_sv, story.title_en)} · {t('story.counter', lang, { n: scene + 1, total })}
        </p>
        <h2>{pick(lang, current.title_sv, current.title_en)}</h2>
        <p>{fill(pick(lang, current.caption_sv, current.caption_en))}</p>
        {current.facts.length > 0 && (
          <ul className="story-facts" aria-label={t('story.facts', lang)}>
            {current.facts.map((f) => (
              <li key={f.source + f.en}>
                {fill(lang === 'sv' ? f.sv : f.en)} <SafeLink href={f.source}>({t('story.source', lang)})</SafeLink>
              </li>
            ))}
          </ul>
        )}
        <p className="story-policy">
          <strong>{current.policyPoint}</strong> {POLICY_POINTS_TEXT[current.policyPoint][lang]}
        </p>
      </article>
      <nav className="story-nav" aria-label={t('story.scenes', lang)}>
        <button
          type="button"
          className="story-arrow"
          onClick={() => goToScene(scene - 1)}
          disabled={scene === 0}
          aria-label={t('story.prev', lang)}
        >
          ‹
        </button>
        <ol className="story-dots">
          {story.scenes.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: one dot per scene position; the position is the identity.
            <li key={i}>
              <button
                type="button"
                aria-current={i === scene ? 'step' : undefined}
                aria-label={t('story.goto', lang, { n: i + 1, total, title: pick(lang, s.title_sv, s.title_en) })}
                onClick={() => goToScene(i)}
              />
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="story-arrow"
          onClick={() => goToScene(scene + 1)}
          disabled={scene === total - 1}
          aria-label={t('story.next', lang)}
        >
          ›
        </button>
        <button type="button" className="story-exit" onClick={stopStory} aria-label={t('story.exit', lang)}>
          ×
        </button>
      </nav>
    </div>
  );
}
