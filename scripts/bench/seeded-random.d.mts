/** Seeded 32-bit LCG (see seeded-random.mjs). */
export function seededRandom(seed: number): () => number;
