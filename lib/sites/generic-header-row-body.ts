/**
 * A body candidate that is the message's header row. Utility classes name the row "wt-text-caption"
 * or "small-text", which the body selectors' `[class*="text"]` take for a body; when no sender element
 * is found, that row ("Shirin Rahimi · Dec 6, 2026") outweighs a short message ("ممنون، منتظر می‌مانم.",
 * Etsy, blind set 16) and was read as its text. A row that holds the block's time element and the
 * author's name, and reads as a header line, is the header, never the body.
 */
import { singleLine } from '@/lib/sites/single-line';

export function isHeaderRow(
  candidate: Element,
  authorName: string | undefined,
  stamps: ArrayLike<Element>,
  isHeaderLine: (line: string) => boolean,
): boolean {
  if (!authorName || !Array.from(stamps).some((stamp) => candidate.contains(stamp))) return false;
  const line = singleLine(candidate.textContent);
  return line.includes(authorName) && isHeaderLine(line);
}
