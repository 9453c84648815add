/**
 * Which lines an anchored alternation of word-list fragments ("^\s*(?:Sent from|Enviado desde|…)")
 * can match, told by one character: the first one after the leading white space and prefix marks.
 * The scan asks every line of a message whether it is a footer or a header field: a line whose
 * first letter starts no fragment is answered without entering a pattern of hundreds of words.
 * Exact: when a character cannot be told (a fragment opening with a class or an escape, white
 * space outside ASCII), the gate lets the line through and the pattern decides.
 */
import { asciiTable } from '@/lib/ticket/ascii-table';

/** Characters with a meaning in a pattern, where a literal first character cannot be read. */
const META = '\\^$.|?*+()[]{}';
const ASCII = 128;
/** Characters that fold to an ASCII letter under the 'iu' flags (long s, Kelvin sign): not told apart here. */
const FOLDS_TO_ASCII = new Set(['\u017f', '\u212a']);

/** Whether `fragment` has a '|' outside groups and classes (then its first character is not one). */
function hasTopLevelBar(fragment: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < fragment.length; i++) {
    const char = fragment[i];
    if (char === '\\') i++;
    else if (inClass) inClass = char !== ']';
    else if (char === '[') inClass = true;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === '|' && depth === 0) return true;
  }
  return false;
}

/**
 * A lookbehind opening a fragment ("(?<=[(<])sent from"): it reads no character, so the first one
 * is the one after it. Only a lookbehind without groups inside, and classes without escapes.
 */
const LEADING_LOOKBEHIND = /^\(\?<[=!](?:\[[^\]\\]*\]|[^()[\]\\])*\)/;

/** The characters a match of `fragment` starts with ("Sent" → S; "[Ee]nviado" → E, e), or undefined. */
export function firstCharsOf(fragment: string): string[] | undefined {
  if (fragment === '' || hasTopLevelBar(fragment)) return undefined;
  const lookbehind = LEADING_LOOKBEHIND.exec(fragment)?.[0];
  if (lookbehind !== undefined) return firstCharsOf(fragment.slice(lookbehind.length));
  let chars: string[];
  let rest: string;
  if (fragment.startsWith('[')) {
    const close = fragment.indexOf(']');
    const inside = fragment.slice(1, close);
    if (close < 0 || inside === '' || /[\\^\-[]/.test(inside)) return undefined;
    chars = [...inside];
    rest = fragment.slice(close + 1);
  } else {
    const first = String.fromCodePoint(fragment.codePointAt(0) ?? 0);
    if (META.includes(first)) return undefined;
    chars = [first];
    rest = fragment.slice(first.length);
  }
  // "a?b" may start with b: a quantifier that allows none leaves the first character unknown.
  return /^[?*{]/.test(rest) ? undefined : chars;
}

/**
 * A test "may `^\s*[skip]*(?:fragments)` match this line": false only when it cannot. `skip` holds
 * the marks the pattern allows before a fragment ("(<" of "(Sent from …)", "*" of "*From:*").
 */
export function firstCharGate(fragments: readonly string[], skip: string, ignoreCase: boolean): (line: string) => boolean {
  const firsts = fragments.map(firstCharsOf);
  const known = firsts.flatMap((chars) => chars ?? []);
  const unknowable = firsts.some((chars) => chars === undefined) || known.some((char) => skip.includes(char) || /\s/u.test(char));
  if (unknowable || (ignoreCase && known.some((char) => FOLDS_TO_ASCII.has(char)))) return () => true;
  const starts = new Set(ignoreCase ? known.map((char) => char.toLowerCase()) : known);
  // Outside ASCII a character may be white space, or fold to another case: the pattern decides.
  const mayStart = asciiTable((char) => char !== '' && starts.has(ignoreCase ? char.toLowerCase() : char));
  const isSkipped = asciiTable((char) => skip.includes(char) || /\s/u.test(char));
  // Read by character codes, no string per character: every line of a message passes here.
  return (line) => {
    let i = 0;
    let code = line.charCodeAt(0);
    // Past the end the code is NaN, which stops the loop like a character that is not skipped.
    while (code < ASCII && isSkipped[code] === 1) code = line.charCodeAt(++i);
    if (i === line.length) return false;
    if (code < ASCII) return mayStart[code] === 1;
    const point = line.codePointAt(i) ?? 0;
    return ignoreCase || /\s/u.test(String.fromCodePoint(point)) || starts.has(String.fromCodePoint(point));
  };
}

/**
 * The pattern `make` builds of only the fragments that may start with a line's first character (after white space
 * and `skip`), or undefined when none may: a line that opens with "W" is tried against the few footers that open with
 * "W", not against hundreds (a 1 MB list of links and addresses entered the whole alternation on every other line).
 * Exact as firstCharGate is, case-sensitive: a line whose first character cannot be told gets the pattern of all.
 */
export function firstCharPatterns(
  fragments: readonly string[],
  skip: string,
  make: (fragments: readonly string[]) => RegExp,
): (line: string) => RegExp | undefined {
  const all = make(fragments);
  const firsts = fragments.map(firstCharsOf);
  const known = firsts.flatMap((chars) => chars ?? []);
  if (firsts.some((chars) => chars === undefined) || known.some((char) => skip.includes(char) || /\s/u.test(char))) return () => all;
  const byChar = new Map<string, RegExp>();
  for (const char of new Set(known)) byChar.set(char, make(fragments.filter((_, k) => firsts[k]?.includes(char))));
  const ascii: Array<RegExp | undefined> = Array.from({ length: ASCII }, (_, code) => byChar.get(String.fromCharCode(code)));
  const isSkipped = asciiTable((char) => skip.includes(char) || /\s/u.test(char));
  return (line) => {
    let i = 0;
    let code = line.charCodeAt(0);
    while (code < ASCII && isSkipped[code] === 1) code = line.charCodeAt(++i);
    if (i === line.length) return undefined;
    if (code < ASCII) return ascii[code];
    const char = String.fromCodePoint(line.codePointAt(i) ?? 0);
    // White space outside ASCII: the first character is further on, the pattern of all decides.
    return /\s/u.test(char) ? all : byChar.get(char);
  };
}
