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
