/**
 * A byline: the sender's own name and the message's date on one line, a separator between ("Hetal
 * Patel · Dec 6, 2026", "Dec 6, 2026 | Hetal Patel", "Ana Ruiz – 4h"), the way a chat or marketplace
 * bubble heads its text when the build draws both in one caption. It is the block's header, not the
 * message's first words: it must be exactly one of the block's own header parts and a date, nothing else.
 */

/** A separator a caption puts between name and date: middle dot, bullet, bar, dash, comma. */
const SEPARATOR = /^\s*[·•|–—,-]\s*|\s*[·•|–—,-]\s*$/;

/** `own`: the block's own header parts (sender, name, address); `isTime`: whether a text is only a date or time. */
export function isByline(line: string, own: readonly string[], isTime: (text: string) => boolean): boolean {
  return own.some((part) => {
    if (part.length < 2) return false;
    const rest = line.startsWith(part) ? line.slice(part.length) : line.endsWith(part) ? line.slice(0, -part.length) : null;
    const separator = rest === null ? null : SEPARATOR.exec(rest);
    if (!separator) return false;
    const date = rest!.replace(separator[0], '').trim();
    return date.length > 0 && isTime(date);
  });
}
