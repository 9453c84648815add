/**
 * A "From:" row at the top of a block: the header a message view writes above each message of a
 * mail-like conversation ("De : nordwind-maison · 30 nov. 2026 16:40", "Von: Jana Novak",
 * "From: Ryan <ryan@example.com>"), in the languages Deskpilot's agents work in. It names the
 * sender; the rest of the row is its time. Read from the block's first words only, so a "From:"
 * line quoted deep in a message is never taken for its sender.
 */
import { FROM_LABEL } from './from-label';
import { EMAIL_IN_TEXT } from './people';
import { fromWords, phraseAlternation } from './reader-words';

const FROM_ROW = new RegExp(`${FROM_LABEL.source}([^\n]{1,160})`, 'iu');
/** Where the sender's name ends: a separator, a rating or a user count in parentheses, an address in brackets (Outlook's "Name [addr]"), the next header row. */
const NAME_END =
  /\s*(?:[·•|–]|\(|<|\[|\s(?:to|an|à|a|para|aan|till|til|do|sent|date|datum|envoyé|gesendet|enviado|inviato|verzonden)\s*:).*$/i;

/**
 * The addressee's label in a mail header ("To:", "수신자:", "宛先:", "Empfänger:"), at the start of a
 * header line or further in ("… 16:05 para: fernanda almeida · cc: …"). An expanded header's recipient
 * row ("수신자: 나", "To: me") is header, never the message's first line; "to me", "an mich" without a
 * colon are read with the other header rows (generic-message.ts). The labels are data
 * (structural-header-row-words.json), shared with the redacted snapshot, which keeps them.
 */
export const ADDRESSEE_LABEL = fromWords((words) => new RegExp(`(?:^|\\s)(?:${phraseAlternation(words.addresseeLabels)})\\s*[:：]`, 'iu'));

export interface HeaderRow {
  name: string;
  email?: string;
  /** What follows the name on the same row after a separator ("30 nov. 2026 16:40"), if anything. */
  rest: string;
}

/** The "From:" row a block's leading text starts with, or null. */
export function headerRow(leading: string): HeaderRow | null {
  const row = FROM_ROW.exec(leading);
  if (!row) return null;
  const line = row[1]!.trim();
  const email = EMAIL_IN_TEXT.exec(line)?.[0];
  const name = line.replace(NAME_END, '').replace(EMAIL_IN_TEXT, '').replace(/["<>]/g, '').trim();
  if (!name && !email) return null;
  const separator = /\s[·•|–]\s/.exec(line);
  const rest = separator ? line.slice(separator.index + separator[0].length).trim() : '';
  return { name, ...(email ? { email: email.toLowerCase() } : {}), rest };
}
