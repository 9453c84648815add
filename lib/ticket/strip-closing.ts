import { CLOSING_LINE, CODE_FENCE, MAX_MARKER_LINE, MAX_SIGNATURE_LINE_LENGTH, MAX_SIGNATURE_LINES } from './reply-patterns';

/** "---" alone on its line: above a few short lines at the very end, it opens a signature. */
const DASH_RULE = /^\s*-{2,4}\s*$/;

/** Name, title, company, phone: short, and not a question or a sentence ("The box was empty."). */
function looksLikeSignatureLine(line: string): boolean {
  const text = line.trim();
  if (text.length > MAX_SIGNATURE_LINE_LENGTH || text.endsWith('?')) return false;
  return !(text.endsWith('.') && text.split(/\s+/).length >= 3);
}

/**
 * Drops a trailing "Best regards,\nJane Doe\nAcme Inc." block: a closing formula (or a "---" rule)
 * alone on its line followed by at most a few short lines. Keeps everything when the closing is all there is, so
 * a message that only says "Thanks!" stays "Thanks!".
 */
export function withoutClosing(lines: readonly string[]): string[] {
  let trailing = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (CODE_FENCE.test(line)) break; // a signature never ends inside or below code
    const opensSignature = line.length <= MAX_MARKER_LINE && (CLOSING_LINE.test(line) || DASH_RULE.test(line));
    if (opensSignature) {
      const before = lines.slice(0, i);
      return before.some((l) => l.trim() !== '') ? before : [...lines];
    }
    trailing++;
    if (trailing > MAX_SIGNATURE_LINES || !looksLikeSignatureLine(line)) break;
  }
  return [...lines];
}
