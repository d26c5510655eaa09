import { useEffect, useMemo } from 'react';
import { useAtlas } from '../../store/store';
import { t } from '../../i18n/i18n';
import { CURRENT_YEAR, dataYearRange } from '../../data/timeline';

/** One year per step while playing: slow enough to see places arrive. */
export const PLAY_STEP_MS = 900;

/**
 * The time control: a year slider with play/pause, from the first sourced arrivals to the last
 * planned opening. Places arrive in their sourced year; places of unknown year stay pale and
 * are never given one. The year travels in the link (`year=`).
 */
export default function TimeControl() {
  const lang = useAtlas((s) => s.lang);
  const history = useAtlas((s) => s.history);
  const year = useAtlas((s) => s.year);
  const playing = useAtlas((s) => s.playing);
  const playUntil = useAtlas((s) => s.playUntil);
  const setYear = useAtlas((s) => s.setYear);
  const setPlaying = useAtlas((s) => s.setPlaying);
  const range = useMemo(() => (history ? dataYearRange(history) : null), [history]);

  useEffect(() => {
    if (!playing || year === null || !range) return;
    const end = Math.min(playUntil ?? range.to, range.to);
    const timer = setTimeout(() => {
      if (year >= end) setPlaying(false);
      else setYear(year + 1);
    }, PLAY_STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, year, range, playUntil, setYear, setPlaying]);

  if (!range || year === null) return null;
  const shown = Math.min(Math.max(year, range.from), range.to);
  const play = () => {
    // Play from the start when at the end, as media players do.
    if (year >= range.to) setYear(range.from);
    setPlaying(!playing);
  };
  const future = shown > CURRENT_YEAR;
  return (
    <div className="time-control" role="group" aria-label={t('time.label', lang)} data-testid="time-control">
      <button type="button" className="button time-play" onClick={play} aria-pressed={playing} data-testid="time-play">
        {playing ? `❚❚ ${t('time.pause', lang)}` : `▶ ${t('time.play', lang)}`}
      </button>
      <label className="time-slider">
        <span className="visually-hidden">{t('time.year', lang)}</span>
        <input
          type="range"
          min={range.from}
          max={range.to}
          step={1}
          value={shown}
          onChange={(e) => {
            setPlaying(false);
            setYear(Number(e.target.value));
          }}
          aria-valuetext={future ? t('time.futureYear', lang, { year: shown }) : String(shown)}
          data-testid="time-slider"
        />
      </label>
      <output className="time-year" aria-live="polite" data-testid="time-year">
        {shown}
        {future && <small> {t('time.planned', lang)}</small>}
      </output>
      <span className="time-note">{t('time.note', lang, { from: range.from })}</span>
      <button
        type="button"
        className="icon-button"
        onClick={() => setYear(null)}
        aria-label={t('time.close', lang)}
        title={t('time.close', lang)}
      >
        ×
      </button>
    </div>
  );
}
