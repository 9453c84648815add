/**
 * An Outlook-style header block that heads a forwarded message rather than quoted history: its
 * subject starts with the client's forward prefix ("Objet : TR: …", "Betreff: WG: …", "Subject:
 * FW: …"). README's convention keeps a forward (what the sender chose to pass on). Where the
 * prefix only shows that the quoted message was itself a forward, keeping it shows the agent more
 * text, never less.
 */
import { isBlank } from './history-markers';
import { FORWARD_ANNOUNCEMENT, FORWARD_SUBJECT_LINE, ORIGINAL_MESSAGE_LINE, RULE_LINE } from '@/lib/ticket/reply-patterns';

/** Rules, "-----Original Message-----" and blank lines Outlook may put above the block. */
const MAX_LEAD_LINES = 3;
/** From, Sent, To, Cc, Subject and their wrapped lines. */
const MAX_HEADER_LINES = 8;

/** Whether the history that starts at `start` is a header block with a forward's subject. */
export function headsForward(lines: readonly string[], start: number): boolean {
  let i = start;
  for (let lead = 0; lead < MAX_LEAD_LINES && i < lines.length; lead++) {
    const line = lines[i] ?? '';
    if (!isBlank(line) && !RULE_LINE.test(line) && !ORIGINAL_MESSAGE_LINE.test(line)) break;
    i++;
  }
  for (let k = 0; k < MAX_HEADER_LINES && i + k < lines.length; k++) {
    const line = lines[i + k] ?? '';
    if (isBlank(line)) return false;
    if (FORWARD_SUBJECT_LINE.test(line)) return true;
  }
  return false;
}

/** How many of the sender's last lines may say they pass the message below on. */
const MAX_ANNOUNCEMENT_LINES = 3;
/** Longer than this, a line is data, not a sentence to read (the pattern never runs over a whole 1 MB line). */
const MAX_ANNOUNCEMENT_LINE = 500;

/**
 * Whether the sender's last few lines above a header block say they pass it on ("Reencaminho a
 * mensagem dos CTT:", "I'm forwarding the courier's mail"): a forward, whatever its subject says
 * (Outlook writes "RE:" when the sender forwards a reply they got).
 */
export function announcesForward(written: readonly string[]): boolean {
  let read = 0;
  for (let i = written.length - 1; i >= 0 && read < MAX_ANNOUNCEMENT_LINES; i--) {
    const line = written[i] ?? '';
    if (isBlank(line)) continue;
    read++;
    if (line.length <= MAX_ANNOUNCEMENT_LINE && FORWARD_ANNOUNCEMENT.test(line)) return true;
  }
  return false;
}
