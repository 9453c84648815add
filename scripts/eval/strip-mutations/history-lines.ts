/**
 * Which lines of a plain-text case are history (not part of its expected text), so a mutation that
 * rewrites characters touches only those and the customer's new text stays what it was.
 */
import { readableLines } from '@/lib/ticket/testing/reply-set-score';

/**
 * Applies `change` to each line whose readable text neither is nor starts with a line of the
 * expected text (a reply written on the attribution's line stays untouched); undefined when nothing changed.
 */
export function changeHistoryLines(input: string, expected: string, change: (line: string) => string): string | undefined {
  const kept = readableLines(expected)
    .split('\n')
    .filter((line) => line !== '');
  const isKept = (readable: string) => kept.some((line) => readable.startsWith(line));
  let changed = false;
  const lines = input.split('\n').map((line) => {
    const readable = readableLines(line);
    if (readable === '' || isKept(readable)) return line;
    const next = change(line);
    if (next !== line) changed = true;
    return next;
  });
  return changed ? lines.join('\n') : undefined;
}
