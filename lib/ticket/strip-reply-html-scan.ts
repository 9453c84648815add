/**
 * A linear, forgiving scan of HTML mail into open/text/close events, with the nesting repaired the
 * way browsers mostly do it (void elements, `<p>` closed by a block, stray end tags ignored).
 * Why not a full parser: htmlparser2's tree bookkeeping is quadratic on thousands of unclosed
 * elements (1 MB took 0.6–3 s), and a tokenizer that reads char by char missed the 50 ms budget.
 * One sticky regular expression finds each tag; every search is bounded by the next '<', so no
 * input makes the scan go back over what it read. The tag rules, the events and the decoding of text
 * are units of lib/html.
 */
import type { HtmlEvents, ScannedTag } from '@/lib/html/html-events';
import { type Tag, describeTag, isAsciiLetter, tagNameEnd } from '@/lib/html/scanned-tag-rules';
import { OpenElements } from '@/lib/ticket/html-open-elements';
import { tagNameReader } from '@/lib/ticket/html-tag-names';

/**
 * A tag is '<', an optional '/', a name (a letter, then up to 40 of [a-zA-Z0-9:-]), then attributes
 * up to '>' (never across another '<'). The name is read by character codes and only the attributes
 * by a pattern: a match array per tag made 60,000 short paragraphs spend a fifth of their time collecting garbage.
 */
const TAG_REST = /[^<>]{0,20000}>/y;
/** Whether the attributes from `from` end in '>': asked only of tags that have some (the pattern's position is set only then). */
function restEndsTag(html: string, from: number): boolean {
  TAG_REST.lastIndex = from;
  return TAG_REST.test(html);
}
/** A stray or misnested end tag closes the element it names only if that is this close to the top. */
const MAX_CLOSE_SEARCH = 24;
const SLASH = 47;
const GREATER_THAN = 62;
const BANG = 33;

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
