/**
 * Where the sender's signature starts: "-- " or the footer a mail client or phone adds ("Sent
 * from my iPhone", "Inviato dal mio Galaxy", "iPhone'umdan gönderildi"). Asked of every line of
 * the reply, so the costly footers are only tried on a line that holds their fixed words.
 */
import { escapeRegExp } from '@/lib/sites/escape-regexp';
import { firstCharPatterns, firstCharsOf } from '@/lib/ticket/first-char-gate';
import { literalTail } from '@/lib/ticket/regex-fragments';
import { SIGNATURE_DELIMITER } from '@/lib/ticket/reply-patterns';
import { DASH_NAME_SIGN_OFF } from '@/lib/ticket/name-patterns';
import { alternationOf, fragmentsOf } from '@/lib/ticket/reply-words';

/** A gated footer's fixed words: shorter than this, they would not rule out many lines. */
const MIN_GATE_TAIL = 3;

/**
 * "This message was sent using IMP, the Internet Messaging Program.": a webmail's trailer that reads as
 * a sentence is found like the other footers, then told from the sender's sentence by being the whole line.
 */
const CLIENT_FOOTERS = fragmentsOf('clientFooterLines');
const CLIENT_FOOTER_LINE = new RegExp(String.raw`^\s*(?:${CLIENT_FOOTERS.join('|')})\s*$`, 'u');

/**
 * Footers that open with a word pattern ("\S{1,20} from mobile", "…'umdan gönderildi") backtrack
 * over every word of a line; those with fixed words at their end are tried only on a line that
 * holds them (a 1 MB mail of short lines spent most of its time here).
 */
const FOOTERS = [...fragmentsOf('mobileSignatures'), ...CLIENT_FOOTERS];
const isGated = (fragment: string) => /^[\\([]/.test(fragment) && literalTail(fragment).length >= MIN_GATE_TAIL;
const footerLine = (fragments: readonly string[]) => new RegExp(String.raw`^\s*[(<]{0,2}(?:${fragments.join('|')})`, 'u');
/** What footerLine allows before a fragment, besides white space. */
const FOOTER_PREFIX = '(<';
const OPEN_FOOTERS = FOOTERS.filter((fragment) => !isGated(fragment));
/** Most footers open with a fixed letter: tried only on a line that starts with one of theirs. */
const LETTERED = OPEN_FOOTERS.filter((fragment) => firstCharsOf(fragment) !== undefined);
const UNLETTERED = OPEN_FOOTERS.filter((fragment) => firstCharsOf(fragment) === undefined);
const letteredFooterFor = firstCharPatterns(LETTERED, FOOTER_PREFIX, footerLine);
const UNLETTERED_FOOTER = UNLETTERED.length > 0 ? footerLine(UNLETTERED) : undefined;
const isOpenFooter = (line: string) => (letteredFooterFor(line)?.test(line) ?? false) || (UNLETTERED_FOOTER?.test(line) ?? false);
const GATED_FOOTER = footerLine(FOOTERS.filter(isGated));
const GATED_TAILS = FOOTERS.filter(isGated).map(literalTail);
const GATE = new RegExp(GATED_TAILS.map(escapeRegExp).join('|'), 'u');
/** A line shorter than every fixed tail holds none: not searched (a pasted log's "ok" and "yes"). */
const SHORTEST_GATED_TAIL = Math.min(...GATED_TAILS.map((tail) => tail.length));

/** "Sent from my desk, which is easier." is a sentence: a client's signature line is short and unpunctuated. */
const MAX_MOBILE_SIGNATURE_LENGTH = 80;
const SENTENCE_LIKE = /[,;]\s|[!?]\s*$|\.\s+\S/;
/** "Sent from my cell, please excuse typos.": a device named on the line makes it a footer after all. */
const MOBILE_DEVICE = new RegExp(String.raw`(?<!\p{L})${alternationOf('mobileDevices')}(?!\p{L})`, 'iu');

/** "Sent from my iPhone" and its relatives: the sender's client signs here, the message is over. */
export function isMobileFooter(line: string): boolean {
  return isOpenFooter(line) || (line.length >= SHORTEST_GATED_TAIL && GATE.test(line) && GATED_FOOTER.test(line));
}

/** "-- " alone (or "__"), or "-- Dave" with the sender's name on the delimiter's line. */
export const isDashSignature = (line: string) =>
  /^[-_]/.test(line) && (SIGNATURE_DELIMITER.test(line) || (line.startsWith('--') && DASH_NAME_SIGN_OFF.test(line)));

export function isSignatureStart(line: string): boolean {
  if (isDashSignature(line)) return true;
  // A line no longer than the limit is not trimmed (a copy per line of a 1 MB mail) before it can be a footer.
  if ((line.length > MAX_MOBILE_SIGNATURE_LENGTH && line.trim().length > MAX_MOBILE_SIGNATURE_LENGTH) || !isMobileFooter(line))
    return false;
  const text = line.trim();
  // "Sent from my cell, please excuse typos" names the device before the comma; "Sent from my
  // desk, … than my mobile phone." does not, and is the sender's sentence.
  return !SENTENCE_LIKE.test(text) || MOBILE_DEVICE.test(text.split(/[,;.]/, 1)[0] ?? '') || CLIENT_FOOTER_LINE.test(text);
}
