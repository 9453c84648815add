/**
 * The p-th quantile (0–1) of numbers by linear interpolation between the closest ranks (the
 * spreadsheet PERCENTILE.INC / numpy default), so a team lead can check a figure by hand.
 * Null for no numbers.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * Math.min(1, Math.max(0, p));
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}
