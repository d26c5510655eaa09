// Small statistics and formatting for the bench's table.

const sorted = (xs) => [...xs].sort((a, b) => a - b);

export function median(xs) {
  const s = sorted(xs);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** The p-quantile, nearest rank. */
export function quantile(xs, p) {
  const s = sorted(xs);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))];
}

export const min = (xs) => Math.min(...xs);
export const max = (xs) => Math.max(...xs);

/** Frame deltas → median, p95 and the longest gap. */
export function frameStats(deltas) {
  return { median: median(deltas), p95: quantile(deltas, 0.95), longest: max(deltas) };
}

/** The longest gap between consecutive times, from `from` to `to` (both ends counted). */
export function longestGap(times, from, to) {
  const inside = times.filter((t) => t > from && t <= to);
  let last = from;
  let longest = 0;
  for (const t of [...inside, to]) {
    longest = Math.max(longest, t - last);
    last = t;
  }
  return longest;
}

export const fmtMs = (x) => (x == null ? '–' : `${x < 100 ? x.toFixed(1) : x.toFixed(0)} ms`);
export const fmtCount = (x) => (x == null ? '–' : x.toFixed(0));
export const fmtKb = (x) => (x == null ? '–' : `${(x / 1024).toFixed(1)} kB`);
export const fmtMb = (x) => (x == null ? '–' : `${(x / 2 ** 20).toFixed(1)} MB`);

/** "min / median / max" of a series, formatted; the median in bold. */
export function spread(xs, fmt) {
  const v = xs.filter((x) => x != null);
  if (!v.length) return '–';
  if (v.length === 1) return fmt(v[0]);
  return `${fmt(min(v))} / **${fmt(median(v))}** / ${fmt(max(v))}`;
}
