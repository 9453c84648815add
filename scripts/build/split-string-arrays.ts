/**
 * The content scripts' word lists (structural-words.json, the sites' match patterns, attribute and
 * tag lists) are array literals of plain strings, which cost `","` between every two words. Written
 * as one string split at run time they cost one separator each: 70–100 bytes gzip per content
 * script (measured 2026-12-05, tests/bench/content-script-size.ts; lists of 3 to 5 words save 26–38 B more, gzip reusing `.split("|")`). Both forms build a fresh array
 * of the same strings, so the code behaves the same. Only literal arrays of at least MIN_WORDS
 * strings none of which holds the separator are rewritten; anything else is left as it is.
 */
import { parse } from 'acorn';

const SEPARATOR = '|';
const MIN_WORDS = 3;
/** What the output depends on besides the code, for build caches' keys. */
export const SPLIT_STRING_ARRAYS_KEY = `${splitStringArrays.toString()} ${SEPARATOR} ${MIN_WORDS}`;

type Node = { type: string; start: number; end: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';
}

/** The array's words when it is a literal array of plain strings that can be joined; else null. */
function joinableWords(node: Node): string[] | null {
  const elements = node.elements as (Node | null)[];
  if (elements.length < MIN_WORDS) return null;
  const words: string[] = [];
  for (const element of elements) {
    if (element?.type !== 'Literal' || typeof element.value !== 'string') return null;
    if (element.value.includes(SEPARATOR)) return null;
    words.push(element.value);
  }
  return words;
}

/** `code` with each joinable string array literal written as `"a|b|c".split("|")`. */
export function splitStringArrays(code: string): string {
  const replacements: { start: number; end: number; text: string }[] = [];
  const visit = (node: Node): void => {
    if (node.type === 'ArrayExpression') {
      const words = joinableWords(node);
      if (words) {
        replacements.push({ start: node.start, end: node.end, text: `${JSON.stringify(words.join(SEPARATOR))}.split("${SEPARATOR}")` });
        return;
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) for (const child of value) if (isNode(child)) visit(child);
      if (isNode(value)) visit(value);
    }
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'script' }) as unknown as Node);
  let out = '';
  let from = 0;
  for (const { start, end, text } of replacements) {
    out += code.slice(from, start) + text;
    from = end;
  }
  return out + code.slice(from);
}
