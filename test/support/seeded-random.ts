/**
 * A seeded random generator (32-bit LCG, Numerical Recipes constants) for tests and fixtures:
 * the same seed gives the same sequence, so a failing fuzz case can be replayed.
 */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
