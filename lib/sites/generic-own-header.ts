/**
 * A body element that still holds its block's header: a build with utility classes only ("text-sm",
 * "content") marks the whole bubble as text, so its first lines are the sender's name and the time
 * the page shows ("Олена Ткаченко\n4h\n…", an Intercom-like ARIA-only page, 2026-12-06). Those
 * lines go only when they are exactly the block's own sender, address or time element (or a date
 * line after them), or a byline joining the sender and the date ("Hetal Patel · Dec 6, 2026",
 * ./generic-byline.ts): a body's first words are kept when they merely look short or name someone.
 */
import { singleLine } from './single-line';
import { isByline } from '@/lib/sites/generic-byline';

/** "4h", "2d", "3 хв", "5 min": a short relative time, taken only right after the sender's own line. */
const SHORT_AGO = /^\d{1,3} ?\p{L}{1,4}\.?$/u;

/** `own` are the block's own header lines (sender, name, address, time elements' text). */
export function withoutOwnHeader(text: string, own: string[], isDateLine: (line: string) => boolean): string {
  const lines = text.split('\n');
  const isTime = (line: string) => isDateLine(line) || SHORT_AGO.test(line);
  let start = 0;
  while (start < lines.length - 1) {
    const line = singleLine(lines[start]);
    if (!own.includes(line) && !isByline(line, own, isTime) && !(start > 0 && isTime(line))) break;
    start++;
  }
  return lines.slice(start).join('\n').trim();
}

/**
 * A collapsed message drawn as one line, "Oona Pihl The kettle came dented… Mon 10:02": the sender
 * before the preview and the time after it are the row's, not the message's. Both ends must be the
 * block's own, or a one-line message that opens with a name keeps it.
 */
export function withoutOwnEnds(line: string, own: string[], times: string[]): string {
  if (line.includes('\n')) return line;
  const lead = own.find((part) => line.startsWith(`${part} `));
  const tail = times.find((part) => line.endsWith(` ${part}`));
  return lead && tail ? line.slice(lead.length, -tail.length).trim() || line : line;
}
