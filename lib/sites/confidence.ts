/**
 * An adapter's confidence (0–1): the mean of its parts' scores, each 1 when the primary (stable)
 * selector hit and less for each fallback it needed. Two decimals: it is shown, not computed on.
 */
export function confidence(parts: number[]): number {
  if (parts.length === 0) return 0;
  return Math.round((parts.reduce((sum, part) => sum + part, 0) / parts.length) * 100) / 100;
}

/** Share (0–1) of a read's selector lookups that the primary (stable) selector answered. */
export function primaryShare(hits: readonly boolean[]): number {
  return hits.filter(Boolean).length / hits.length;
}

/** Every element the primary selector finds, else the fallback's; says which one answered. */
export function queryAllWithFallback(root: ParentNode, primary: string, fallback: string): { elements: Element[]; primary: boolean } {
  const elements = Array.from(root.querySelectorAll(primary));
  return elements.length > 0 ? { elements, primary: true } : { elements: Array.from(root.querySelectorAll(fallback)), primary: false };
}
