/**
 * Message times as ISO 8601, and chronological order. Pages show local, human dates ("Wed, Nov 18,
 * 2026, 9:14 AM"); what the JavaScript date parser cannot read is left out rather than guessed.
 */
export function isoTime(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  // Newer ICU data puts U+202F (narrow no-break space) before AM/PM; the parser wants a plain space.
  const text = raw
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\s*\([^)]*\)\s*$/, '')
    .trim();
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? undefined : new Date(millis).toISOString();
}

/**
 * Oldest first. Sorted by time only when every item has one (a stable sort keeps the page's order
 * for equal times); otherwise the page's own order is kept, as sorting a partial set would scramble it.
 */
export function chronological<T extends { sentAt?: string }>(items: T[]): T[] {
  if (!items.every((item) => item.sentAt)) return items;
  // Each time parsed once, not once per comparison (a 200-message thread is ~1,500 comparisons).
  const times = items.map((item) => Date.parse(item.sentAt!));
  return items
    .map((_, index) => index)
    .sort((a, b) => times[a]! - times[b]!)
    .map((index) => items[index]!);
}
