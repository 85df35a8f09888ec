// Order statistics for the benches: they report medians and tails, not single runs.

export function median(xs: number[]): number {
  return percentile(xs, 50);
}

/** The nearest-rank percentile (p in 0..100); the middle two averaged for the median of an even count. */
export function percentile(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  if (p === 50 && s.length % 2 === 0) return (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  const rank = Math.ceil((p / 100) * s.length);
  return s[Math.min(s.length - 1, Math.max(0, rank - 1))];
}
