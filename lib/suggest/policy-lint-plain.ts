/**
 * The reply as a buyer reads it, for the word rules: sellers hide a forbidden phrase from word filters by spelling it
 * out ("r e v i e w", "r.e.v.i.e.w"), putting emoji between its words or inside it, writing it in full-width Latin
 * ("ｒｅｖｉｅｗ"), as HTML entities ("revi&#101;w", "&nbsp;"), with invisible characters (a soft hyphen, a zero-width
 * space) or across a line break. One class, so one answer: the lint reads the text with these undone, and maps what it
 * finds back to the reply's own offsets. Emoji stay findings of their own, read in the reply as written.
 * Entities: policy-lint-plain.json.
 */
import data from '@/lib/suggest/policy-lint-plain.json';
import { BROKEN_LINE, BROKEN_LINK, BROKEN_NUMBER } from '@/lib/suggest/policy-lint-plain-lines';

const ENTITIES: Record<string, string> = data.entities;
/** Words of one letter in the supported languages ("a", "à", "y", "꼭"): one may stand beside a spelled-out word. */
const ONE_LETTER_WORDS = new Set(data.oneLetterWords);

/** A text and, for each of its UTF-16 units, the stretch [from, to] of the reply it was read from. */
interface Plain {
  text: string;
  from: number[];
  to: number[];
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/gu;
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff3b\uff3d]/gu;
/** Pictographs with their selectors, tones and joins (as the emoji rule reads them), and regional-indicator flags. */
const EMOJI = /(?:(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\u200D|\p{Emoji_Modifier}|\u20E3)*)+|\p{Regional_Indicator}{2}/gu;
/** A soft hyphen, zero-width spaces and joiners, a byte-order mark, a variation selector or keycap left behind. */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]|\ufe0f|\u20e3/gu;
/**
 * Three letters or more, one apart, by the same separator each time: "r e v i e w", "r.e.v.i.e.w", "r-e-v-i-e-w" (a
 * code's digits may follow: "T H A N K S10"). In a script written without spaces the run may start or end inside a
 * word ("低評 価 を 削 除して"); elsewhere it is a word of its own.
 */
const SPELLED_OUT = /(?<![\p{L}\p{N}])\p{L}([ .*_·•-])\p{L}(?:\1\p{L})+(?!\p{L})/gu;
const SPELLED_OUT_UNSPACED =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]([ \u3000])[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}](?:\1[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}])+/gu;
const UNSPACED = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;
const SPACES = /[ \t\u00a0]{2,}|\u00a0/gu;

/** Each match replaced; the characters put in its place are read from the whole stretch it covered. */
function rewrite(plain: Plain, pattern: RegExp, replace: (match: RegExpExecArray) => string): Plain {
  const matches = [...plain.text.matchAll(pattern)];
  if (matches.length === 0) return plain;
  const out: Plain = { text: '', from: [], to: [] };
  let last = 0;
  const keep = (end: number) => {
    out.text += plain.text.slice(last, end);
    out.from.push(...plain.from.slice(last, end));
    out.to.push(...plain.to.slice(last, end));
  };
  for (const match of matches) {
    const at = match.index;
    keep(at);
    const put = replace(match);
    const from = plain.from[at] ?? 0;
    const to = plain.to[at + match[0].length - 1] ?? from;
    out.text += put;
    out.from.push(...Array<number>(put.length).fill(from));
    out.to.push(...Array<number>(put.length).fill(to));
    last = at + match[0].length;
  }
  keep(plain.text.length);
  return out;
}

function entity(match: RegExpExecArray): string {
  const [whole, decimal, hex, name] = match;
  const code = decimal ? Number(decimal) : hex ? Number.parseInt(hex, 16) : null;
  if (code !== null) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  return ENTITIES[name ?? ''] ?? whole;
}

/** Two unspaced-script letters join as they were; any other broken line reads as a space. */
function joinLine(match: RegExpExecArray, text: string): string {
  const before = text[match.index - 1] ?? '';
  const after = text[match.index + match[0].length] ?? '';
  return UNSPACED.test(before) && UNSPACED.test(after) ? '' : ' ';
}

export interface PlainReply {
  text: string;
  /** The reply's own offsets for a stretch [start, end) of `text`. */
  original(start: number, end: number): { start: number; end: number };
}

/**
 * A spelled-out run joined. A word of one letter spaced like the run's own letters ("pas à d é c o u v r i r", "l l á m e
 * n o s y lo vemos") cannot be told from its first or last letter when ordinary text stands one space beyond it, so the
 * run is read both ways: `apart` keeps such a word apart; `edges` says whether the run had one. Beyond a wider gap
 * ("   a u s s i   ") the seller spaced words apart, and the letter is the word's own.
 */
function joinRun(match: RegExpExecArray, apart: boolean, edges: { found: boolean }): string {
  const [run, separator = ' '] = match;
  const letters = run.split(separator);
  const after = match.index + run.length;
  const prose = (at: number, beyond: number) => match.input[at] === ' ' && /[^\s]/u.test(match.input[beyond] ?? '');
  const word = (letter: string | undefined) => separator === ' ' && letters.length > 3 && ONE_LETTER_WORDS.has(letter?.toLowerCase() ?? '');
  const head = word(letters[0]) && prose(match.index - 1, match.index - 2);
  const tail = word(letters.at(-1)) && prose(after, after + 1);
  edges.found ||= head || tail;
  if (!apart || !(head || tail)) return letters.join('');
  const first = head ? `${letters.shift()} ` : '';
  const last = tail ? ` ${letters.pop()}` : '';
  return `${first}${letters.join('')}${last}`;
}

/** The reply with the tricks undone (spelled-out runs read with their edge words joined, or apart). */
function undone(reply: string, apart: boolean, edges: { found: boolean }): Plain {
  const offsets = Array.from({ length: reply.length }, (_, i) => i);
  let plain: Plain = { text: reply, from: offsets, to: offsets };
  plain = rewrite(plain, ENTITY, entity);
  plain = rewrite(plain, FULL_WIDTH, ([c]) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  plain = rewrite(plain, EMOJI, () => '');
  plain = rewrite(plain, INVISIBLE, () => '');
  // Unspaced scripts first: their runs may end inside a word, which the other pattern would cut short ("お す す めです").
  plain = rewrite(plain, SPELLED_OUT_UNSPACED, ([run, separator]) => run.split(separator ?? ' ').join(''));
  plain = rewrite(plain, SPELLED_OUT, (match) => joinRun(match, apart, edges));
  plain = rewrite(plain, BROKEN_LINK, () => '');
  plain = rewrite(plain, BROKEN_NUMBER, () => ' ');
  const lines = plain.text;
  plain = rewrite(plain, BROKEN_LINE, (match) => joinLine(match, lines));
  return rewrite(plain, SPACES, () => ' ');
}

function reading(reply: string, { text, from, to }: Plain): PlainReply {
  return {
    text,
    original: (start, end) => {
      const first = from[start] ?? reply.length;
      return { start: first, end: end > start ? (to[end - 1] ?? first) + 1 : first };
    },
  };
}

/**
 * The ways a buyer may read the reply with the tricks undone: none when it has none (the reply is then read as it is),
 * two when a spelled-out run has a one-letter word at an end ("à d é c o u v r i r" as "àdécouvrir" and "à découvrir").
 */
export function plainReadings(reply: string): PlainReply[] {
  const edges = { found: false };
  const joined = undone(reply, false, edges);
  if (joined.text === reply) return [];
  return edges.found ? [reading(reply, joined), reading(reply, undone(reply, true, edges))] : [reading(reply, joined)];
}

/** The reply with the tricks undone, or null when it has none; a one-letter word beside a spelled-out run joined. */
export function plainReply(reply: string): PlainReply | null {
  return plainReadings(reply)[0] ?? null;
}
