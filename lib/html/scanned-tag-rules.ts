/**
 * What the HTML scan reads of a tag by its name: where the name ends, and how the element nests (void
 * elements, raw text up to the end tag, a block that closes an open `<p>`), answered once per name.
 */
import type { HtmlEvents, ScannedTag } from '@/lib/html/html-events';

/** A name is a letter, then up to this many of [a-zA-Z0-9:-]. */
const MAX_NAME_TAIL = 40;
export const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** 1 for the characters of a name after its first letter (letters, digits, ':' and '-'): one read and one look-up per character. */
const NAME_TAIL_CHARS = new Uint8Array(128);
for (let code = 0; code < 128; code++) NAME_TAIL_CHARS[code] = isAsciiLetter(code) || (code >= 48 && code <= 58) || code === 45 ? 1 : 0;

/** Where the name that starts with the letter at `letterAt` ends. */
export function tagNameEnd(html: string, letterAt: number): number {
  const last = letterAt + MAX_NAME_TAIL;
  let end = letterAt + 1;
  // charCodeAt past the end is NaN, which reads no entry (undefined): the name ends there.
  while (end <= last && NAME_TAIL_CHARS[html.charCodeAt(end)] === 1) end++;
  return end;
}

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** Elements whose start closes an open `<p>`. */
const P_CLOSERS = new Set([
  'address',
  'blockquote',
  'div',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'ol',
  'p',
  'pre',
  'table',
  'ul',
]);

/** What the scan and its listener ask of a tag's name, answered once per name (tagNameReader). */
export interface Tag<T> extends ScannedTag<T> {
  closesP: boolean;
  isVoid: boolean;
  isRawText: boolean;
  isP: boolean;
  isLi: boolean;
}

export function describeTag<T>(name: string, events: HtmlEvents<T>): Tag<T> {
  return {
    name,
    facts: events.describe(name),
    closesP: P_CLOSERS.has(name),
    isVoid: VOID_TAGS.has(name),
    isRawText: RAW_TEXT_TAGS.has(name),
    isP: name === 'p',
    isLi: name === 'li',
  };
}
