/** Seeded 32-bit LCG for the bench's synthetic points: the same seed, the same points every run. */
export function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
