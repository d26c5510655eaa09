/**
 * What a key does while presenting. Presentation clickers send PageDown/PageUp (some send
 * arrows or Space); number keys jump (1–9, 0 = 10th scene).
 */
export type StoryAction = { kind: 'go'; scene: number } | { kind: 'exit' } | null;

export function storyKey(key: string, scene: number, total: number): StoryAction {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return { kind: 'go', scene: Math.min(scene + 1, total - 1) };
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
    case 'Backspace':
      return { kind: 'go', scene: Math.max(scene - 1, 0) };
    case 'Home':
      return { kind: 'go', scene: 0 };
    case 'End':
      return { kind: 'go', scene: total - 1 };
    case 'Escape':
      return { kind: 'exit' };
    default:
      if (/^[0-9]$/.test(key)) {
        const n = key === '0' ? 10 : Number(key);
        return n <= total ? { kind: 'go', scene: n - 1 } : null;
      }
      return null;
  }
}

/** How soon a second digit must follow the first to make a two-digit scene number. */
export const DIGIT_PAUSE_MS = 900;

/**
 * Two digits typed in quick succession name scenes 10 and beyond ("1", "2" → scene 12);
 * a lone digit still jumps at once, so "1" goes to scene 1 and "12" then moves on to 12.
 * Returns the digits to remember and the scene to show, if any.
 */
export function digitJump(
  previous: { digits: string; at: number },
  key: string,
  now: number,
  total: number,
): { digits: string; scene: number | null } {
  if (!/^[0-9]$/.test(key)) return { digits: '', scene: null };
  const joined = now - previous.at <= DIGIT_PAUSE_MS && previous.digits.length === 1 ? previous.digits + key : '';
  if (joined && Number(joined) >= 1 && Number(joined) <= total) return { digits: '', scene: Number(joined) - 1 };
  const single = storyKey(key, 0, total);
  return { digits: key, scene: single?.kind === 'go' ? single.scene : null };
}
