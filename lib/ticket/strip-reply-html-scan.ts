/**
 * A linear, forgiving scan of HTML mail into open/text/close events, with the nesting repaired the
 * way browsers mostly do it (void elements, `<p>` closed by a block, stray end tags ignored).
 * Why not a full parser: htmlparser2's tree bookkeeping is quadratic on thousands of unclosed
 * elements (1 MB took 0.6–3 s), and a tokenizer that reads char by char missed the 50 ms budget.
 * One sticky regular expression finds each tag; every search is bounded by the next '<', so no
 * input makes the scan go back over what it read. Entities are decoded by the `entities` package.
 */
import { decodeHTML } from 'entities';
import { OpenElements } from '@/lib/ticket/html-open-elements';
import { tagNameReader } from '@/lib/ticket/html-tag-names';

/** A tag as the scan hands it over: its lower-cased name, and what the listener said of that name. */
export interface ScannedTag<T> {
  readonly name: string;
  readonly facts: T;
}

/**
 * Positions are string indices into the scanned HTML: `open` gets where the element's content
 * starts, `close` where it ends, so a listener can set a whole element aside and read it later.
 */
export interface HtmlEvents<T> {
  /**
   * What the listener needs to know of a tag name, asked once per name in a scan (mail repeats a handful
   * of names): its tags then carry the answer, and no set of names is searched per tag (60,000 `<p>`s).
   */
  describe(name: string): T;
  /** `attributeSource` is the raw text after the name; parseAttributes reads it when needed (most tags are read for their name only). */
  open(tag: ScannedTag<T>, attributeSource: string, depth: number, contentStart: number): void;
  /** Raw text: `decodeText` turns it into what it shows (skipped for text that is set aside). */
  text(rawText: string): void;
  close(tag: ScannedTag<T>, depth: number, contentEnd: number): void;
  /** Asked after every event: true stops the scan (the rest is quoted history). */
  done(): boolean;
}

/**
 * A tag is '<', an optional '/', a name (a letter, then up to 40 of [a-zA-Z0-9:-]), then attributes
 * up to '>' (never across another '<'). The name is read by character codes and only the attributes
 * by a pattern: a match array per tag made 60,000 short paragraphs spend a fifth of their time collecting garbage.
 */
const MAX_NAME_TAIL = 40;
const TAG_REST = /[^<>]{0,20000}>/y;
const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
/** 1 for the characters of a name after its first letter (letters, digits, ':' and '-'): one read and one look-up per character. */
const NAME_TAIL_CHARS = new Uint8Array(128);
for (let code = 0; code < 128; code++) NAME_TAIL_CHARS[code] = isAsciiLetter(code) || (code >= 48 && code <= 58) || code === 45 ? 1 : 0;
function tagNameEnd(html: string, letterAt: number): number {
  const last = letterAt + MAX_NAME_TAIL;
  let end = letterAt + 1;
  // charCodeAt past the end is NaN, which reads no entry (undefined): the name ends there.
  while (end <= last && NAME_TAIL_CHARS[html.charCodeAt(end)] === 1) end++;
  return end;
}
/** Whether the attributes from `from` end in '>': asked only of tags that have some (the pattern's position is set only then). */
function restEndsTag(html: string, from: number): boolean {
  TAG_REST.lastIndex = from;
  return TAG_REST.test(html);
}
const ATTRIBUTE = /([a-zA-Z_:][-a-zA-Z0-9_:.]{0,60})\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is raw text up to their end tag. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'title', 'textarea', 'xmp']);
/** A stray or misnested end tag closes the element it names only if that is this close to the top. */
const MAX_CLOSE_SEARCH = 24;
const SLASH = 47;
const GREATER_THAN = 62;
const BANG = 33;
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

/** Entities that mail is full of, decoded without a call into the full table (decodeHTML costs µs per call). */
const COMMON_ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&nbsp;': '\u00a0',
  '&#39;': "'",
  '&apos;': "'",
};
const ENTITY = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g;
export const decodeText = (text: string) =>
  text.includes('&') ? text.replace(ENTITY, (entity) => COMMON_ENTITIES[entity] ?? decodeHTML(entity)) : text;

/** What a tag without any value has: one shared object, not one per element (most tags in mail have none). */
const NO_ATTRIBUTES: Readonly<Record<string, string>> = Object.freeze({});

export function parseAttributes(source: string): Readonly<Record<string, string>> {
  if (!source.includes('=')) return NO_ATTRIBUTES;
  const attributes: Record<string, string> = {};
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    if (!(name in attributes)) attributes[name] = decodeText(match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** What the scan and its listener ask of a tag's name, answered once per name (tagNameReader). */
interface Tag<T> extends ScannedTag<T> {
  closesP: boolean;
  isVoid: boolean;
  isRawText: boolean;
  isP: boolean;
  isLi: boolean;
}
function describeTag<T>(name: string, events: HtmlEvents<T>): Tag<T> {
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

/** Scans `html`, calling `events` in document order. */
export function scanHtml<T>(html: string, events: HtmlEvents<T>): void {
  const stack = new OpenElements<Tag<T>>();
  // The innermost open element, kept at hand: every block's start asks whether it closes a `<p>` or `<li>`.
  let top: Tag<T> | undefined;
  const closeTo = (index: number, position: number) => {
    while (stack.length > index) {
      const tag = stack.pop();
      if (tag !== undefined) events.close(tag, stack.length + 1, position);
    }
    top = stack.top();
  };
  const tagNames = tagNameReader((name) => describeTag(name, events));
  let at = 0;
  const length = html.length;
  while (at < length && !events.done()) {
    const lt = nextLessThan(html, at, length);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) events.text(html.slice(at, textEnd));
    if (lt < 0) break;
    if (html.charCodeAt(lt + 1) === BANG && html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      at = end < 0 ? length : end + 3;
      continue;
    }
    const isEndTag = html.charCodeAt(lt + 1) === SLASH;
    const nameAt = isEndTag ? lt + 2 : lt + 1;
    const startsTag = isAsciiLetter(html.charCodeAt(nameAt));
    const nameEnd = startsTag ? tagNameEnd(html, nameAt) : nameAt;
    // Most tags have no attributes: their '>' right after the name is the whole of TAG_REST's match.
    const endsAtName = startsTag && html.charCodeAt(nameEnd) === GREATER_THAN;
    const isTag = endsAtName || (startsTag && restEndsTag(html, nameEnd));
    if (!isTag && startsTag) {
      // A tag with a huge attribute (an inline base64 image): skipped whole, attributes unread.
      const end = html.indexOf('>', lt);
      at = end < 0 ? length : end + 1;
      continue;
    }
    if (!isTag) {
      // "<!DOCTYPE …>", "<![if …]>", "<?xml …?>", or a lone '<' in text.
      const isDeclaration = /^<[!?]/.test(html.slice(lt, lt + 2));
      const end = isDeclaration ? html.indexOf('>', lt) : -1;
      if (end < 0) events.text('<');
      at = end < 0 ? lt + 1 : end + 1;
      continue;
    }
    at = endsAtName ? nameEnd + 1 : TAG_REST.lastIndex;
    const tag = tagNames.read(html, nameAt, nameEnd);
    const { name } = tag;
    if (isEndTag) {
      const index = openIndexNearTop(stack, name);
      if (index >= 0) closeTo(index, lt);
      // A stray "</p>" or "</br>" still breaks the line, as browsers render it (the name read as any other, from a "br" of its own).
      else if (name === 'br' || name === 'p') {
        const lineBreak = tagNames.read('br', 0, 2);
        events.open(lineBreak, '', stack.length + 1, at);
        events.close(lineBreak, stack.length + 1, at);
      }
      continue;
    }
    if (tag.closesP && top?.isP) closeTo(stack.length - 1, lt);
    if (tag.isLi && top?.isLi) closeTo(stack.length - 1, lt);
    const source = endsAtName ? '' : html.slice(nameEnd, at - 1);
    events.open(tag, source, stack.length + 1, at);
    if (tag.isVoid || (!endsAtName && source.endsWith('/'))) {
      events.close(tag, stack.length + 1, at);
      continue;
    }
    if (tag.isRawText) {
      const end = indexOfEndTag(html, name, at);
      if (name === 'title' || name === 'textarea') events.text(html.slice(at, end < 0 ? html.length : end));
      events.close(tag, stack.length + 1, end < 0 ? html.length : end);
      at = end < 0 ? html.length : html.indexOf('>', end) + 1 || html.length;
      continue;
    }
    stack.push(tag);
    top = tag;
  }
  closeTo(0, html.length);
}

/** How far the next '<' is looked for character by character before indexOf (a call that costs more than a few reads). */
const NEAR_CHARS = 8;
const LESS_THAN = 60;
/** Where the next '<' from `from` is, or -1: most are a few characters on (tags back to back, a word between them). */
function nextLessThan(html: string, from: number, length: number): number {
  const near = Math.min(from + NEAR_CHARS, length);
  for (let at = from; at < near; at++) if (html.charCodeAt(at) === LESS_THAN) return at;
  return html.indexOf('<', near);
}

/** The open element an end tag closes: searched among the top few only (a full search is quadratic). */
function openIndexNearTop(stack: OpenElements<ScannedTag<unknown>>, name: string): number {
  for (let i = stack.length - 1; i >= 0 && i >= stack.length - MAX_CLOSE_SEARCH; i--) if (stack.at(i)?.name === name) return i;
  return -1;
}

/** Where `</name` starts after `from`, case-insensitively, or -1. */
function indexOfEndTag(html: string, name: string, from: number): number {
  const pattern = new RegExp(`</${name}\\s*>`, 'gi');
  pattern.lastIndex = from;
  return pattern.exec(html)?.index ?? -1;
}
