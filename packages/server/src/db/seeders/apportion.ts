/**
 * Splits `total` into whole parts proportional to `weights` (largest-remainder method), so quotas
 * add up exactly: e.g. 169 Sanggau villages into the five stage shares, or 215 BAs over 14 regencies.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let missing = total - parts.reduce((acc, part) => acc + part, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    // Ties go to the earlier index, so the result never depends on sort stability.
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (missing === 0) break;
    parts[index] += 1;
    missing -= 1;
  }
  return parts;
}
