/**
 * An adapter's confidence (0–1): the mean of its parts' scores, each 1 when the primary (stable)
 * selector hit and less for each fallback it needed. Two decimals: it is shown, not computed on.
 */
export function confidence(parts: number[]): number {
  if (parts.length === 0) return 0;
  return Math.round((parts.reduce((sum, part) => sum + part, 0) / parts.length) * 100) / 100;
}
