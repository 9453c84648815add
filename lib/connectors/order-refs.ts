/**
 * Order references as customers write them ("#1047", "1047", "order # 1047" after extraction,
 * "114-3941689-8772232", "114 3941689 8772232") reduced to one comparable key.
 */
export function orderRefKey(ref: string): string {
  return ref.trim().replace(/^#\s*/, '').replace(/[\s-]/g, '').toLowerCase();
}

/** Keys of the non-empty refs, deduplicated. */
export function orderRefKeys(refs: readonly string[]): Set<string> {
  return new Set(refs.map(orderRefKey).filter((key) => key.length > 0));
}
