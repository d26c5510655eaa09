/** Lower-case without diacritics: "Södertörn" → "sodertorn", "Ångström" → "angstrom". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .trim();
}

export interface Searchable {
  id: string;
  /** Every name the place goes by (Swedish, English, company). */
  names: string[];
}

/**
 * Rank places for a query, case- and diacritic-insensitively: a name that starts with the
 * query first, then a word that starts with it, then any substring; ties by name.
 *
 * @example searchPlaces(places, 'sodertorn') // [{ id: 'uni-sodertorn', … }]
 */
export function searchPlaces<T extends Searchable>(places: readonly T[], query: string, limit = 8): T[] {
  const q = fold(query);
  if (!q) return [];
  const scored: { place: T; score: number; name: string }[] = [];
  for (const place of places) {
    let best = Infinity;
    for (const name of place.names) {
      const n = fold(name);
      const score = n.startsWith(q)
        ? 0
        : n.split(/[\s\-–/(),]+/).some((w) => w.startsWith(q))
          ? 1
          : n.includes(q)
            ? 2
            : Infinity;
      if (score < best) best = score;
    }
    if (best < Infinity) scored.push({ place, score: best, name: fold(place.names[0]) });
  }
  scored.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name));
  return scored.slice(0, limit).map((s) => s.place);
}
