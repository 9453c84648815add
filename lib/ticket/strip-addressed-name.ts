/**
 * A name alone on the reply's last line ("Alan"), a dashed one ("— Priya", as HEY signs), or a closing with the
 * name on one line ("Groet, Daan"), is cut when the quoted message was written to that name ("Hi Alan,", "Hoi
 * Daan", "渡辺様", "Ирина, …"): the name is then the sender's own, a signature. Without that evidence it stays,
 * as most public suites keep it (README): the last line might be a name the sender mentions. A full name alone
 * ("Jan Procházka") goes unless the quote greets someone else (strip-full-name.ts).
 */
import { isBlank } from './history-markers';
import { escapeRegExp } from '@/lib/sites/escape-regexp';
import { greetsSomeoneElse, isFullName } from '@/lib/ticket/strip-full-name';
import { CLOSING_LINE, CLOSINGS } from '@/lib/ticket/reply-patterns';
import { CASELESS_NAME, GREETED_NAME, NAME_THEN_COMMA, NAME_WITH_HONORIFIC, SIGNED_NAME } from '@/lib/ticket/name-patterns';

/** A name alone on its line ("Alan", "G. Köhler", "山口 美咲"), the name captured. */
export const NAME_ALONE = new RegExp(String.raw`^\s*(${SIGNED_NAME})\s*$`, 'u');
/** "— Priya", "-Abhishek": a name signed with a dash, which stays unless the quote greets it (README, conventions). */
const DASHED_NAME = new RegExp(String.raw`^\s*[-—]\s?(${SIGNED_NAME})\s*$`, 'u');
/** "نگار", "พิมพ์ชนก": a name alone in a script without capitals, a sign only where the quote greets it. */
const CASELESS_NAME_ALONE = new RegExp(String.raw`^\s*(${CASELESS_NAME})\s*$`, 'u');
/** "Groet, Daan": the name is checked apart, as the closing's case-blind match would take any word for a name. */
const CLOSING_WITH_WORDS = new RegExp(String.raw`^\s*${CLOSINGS}[,\s]\s{0,3}(.{1,60}?)[.!]?\s*$`, 'iu');
/** The sender's text above a name alone ends a sentence or a paragraph: "…the money.\n\nAlan". */
export const ENDS_SENTENCE = /[.!?。！？]\s*$/;
/** A greeting is at the top of a line; a longer line is not read further (1 MB lines stay cheap). */
const MAX_GREETING_CHARS = 120;
/** A token shorter than this is an initial ("G." of "G. Köhler"), not evidence. */
const MIN_TOKEN_LENGTH = 2;
const QUOTE_PREFIX = /^[\s>]+/;

/** The words of a signed name that can be matched: "G. Köhler" → ["köhler"], "山口 美咲" → ["山口", "美咲"]. */
function nameTokens(name: string): string[] {
  return name
    .split(/[\s.\u3000]+/)
    .map((token) => token.toLocaleLowerCase())
    .filter((token) => [...token].length >= MIN_TOKEN_LENGTH);
}

/** A signed name on the last line, where that line is, and whether it is a full name alone ("Jan Procházka"). */
type TrailingName = { name: string; line: number; fullName: boolean };

/** The signed name on the last line, or undefined when it is no such line. */
function trailingName(lines: readonly string[]): TrailingName | undefined {
  let last = lines.length - 1;
  while (last >= 0 && isBlank(lines[last] ?? '')) last--;
  if (last <= 0) return undefined;
  const text = lines[last] ?? '';
  const alone = NAME_ALONE.exec(text) ?? DASHED_NAME.exec(text) ?? CASELESS_NAME_ALONE.exec(text);
  if (alone) {
    const above = lines[last - 1] ?? '';
    const setOff = isBlank(above) || ENDS_SENTENCE.test(above);
    return setOff ? { name: alone[1] ?? '', line: last, fullName: isFullName(text) } : undefined;
  }
  const words = closingWithName(text);
  return words !== undefined ? { name: words, line: last, fullName: false } : undefined;
}

/** The name of a closing with the name on one line ("Groet, Daan" → "Daan"), or undefined. */
export function closingWithName(line: string): string | undefined {
  const words = CLOSING_WITH_WORDS.exec(line)?.[1];
  return words !== undefined && NAME_ALONE.test(words) ? words : undefined;
}

/** Enough of the reply's end for its last line and the one above it. */
const TAIL_CHARS = 2000;

/** How many places a name is looked at: a name that fills a long quote is read where it first appears. */
const MAX_OCCURRENCES = 50;

/**
 * The names greeted ("Hi Alan," → "alan") on the lines outside the reply that hold one of `tokens`:
 * only those lines are read, so a 1 MB quote costs a search for the name, not a pass per line.
 */
function greetedNames(wholeText: string, tokens: readonly string[], replyLines: ReadonlySet<string>): Set<string> {
  const names = new Set<string>();
  const seenLines = new Set<number>();
  const occurrence = new RegExp(tokens.map(escapeRegExp).join('|'), 'giu');
  let seen = 0;
  for (const match of wholeText.matchAll(occurrence)) {
    if (++seen > MAX_OCCURRENCES) break;
    const start = wholeText.lastIndexOf('\n', match.index) + 1;
    if (seenLines.has(start)) continue;
    seenLines.add(start);
    const end = wholeText.indexOf('\n', start);
    const raw = wholeText.slice(start, end < 0 ? wholeText.length : end);
    if (replyLines.has(raw.trim())) continue;
    const line = raw.slice(0, MAX_GREETING_CHARS).replace(QUOTE_PREFIX, '');
    const name = GREETED_NAME.exec(line)?.[1] ?? NAME_WITH_HONORIFIC.exec(line)?.[1] ?? nameThenComma(line);
    if (name) names.add(name.toLocaleLowerCase());
  }
  return names;
}

/** "Ирина, …" on top of a line of the quote: the name it is written to; "Thanks, …" is a closing, not a name. */
function nameThenComma(line: string): string | undefined {
  const word = NAME_THEN_COMMA.exec(line)?.[1];
  return word !== undefined && !CLOSING_LINE.test(word) ? word : undefined;
}

/**
 * CJK and Hangul names are written without spaces before their honorific ("渡辺様" greets "渡辺"), Thai, Lao, Khmer and
 * Burmese ones without spaces before the words that follow them ("คุณพิมพ์ชนกคะ").
 */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hangul}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

/** Whether a token of the signed name is a greeted name, or (CJK, no spaces) starts one. */
const isGreeted = (tokens: readonly string[], greeted: ReadonlySet<string>) =>
  tokens.some(
    (token) =>
      greeted.has(token) || (UNSPACED_SCRIPT.test(token) && [...greeted].some((name) => name.startsWith(token) || token.startsWith(name))),
  );

/**
 * `reply` without its last line when that line signs it with the name that the rest of
 * `wholeText` (the quoted messages) greets; otherwise `reply` unchanged. `wholeText` may be a
 * function: HTML renders its whole text only when the reply does end with a name.
 */
export function withoutAddressedName(reply: string, wholeText: string | (() => string)): string {
  // The end is read first: a reply of 1 MB that ends with no name is not split at all. (A line cut
  // at the start of the slice keeps its end, which is all that is read of the line above the name.)
  if (!trailingName(reply.trimEnd().slice(-TAIL_CHARS).split('\n'))) return reply;
  const lines = reply.split('\n');
  const signed = trailingName(lines);
  if (!signed) return reply;
  const tokens = nameTokens(signed.name);
  if (tokens.length === 0) return reply;
  const whole = typeof wholeText === 'string' ? wholeText : wholeText();
  const replyLines = new Set(lines.map((line) => line.trim()));
  const signs =
    isGreeted(tokens, greetedNames(whole, tokens, replyLines)) || (signed.fullName && !greetsSomeoneElse(whole, tokens, replyLines));
  if (!signs) return reply;
  const kept = lines.slice(0, signed.line);
  return kept.some((line) => !isBlank(line)) ? kept.join('\n').trimEnd() : reply;
}
