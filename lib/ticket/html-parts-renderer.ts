/**
 * HTML mail to parts: the text a reader sees, and (when cutting history) the elements a client
 * marked as quote, signature or header block, set aside as ranges of the HTML to decide on once
 * the whole message is read (strip-reply-html.ts decides). Fed by the linear scan of
 * strip-reply-html-scan.ts; no DOM.
 */
import { CELL_TAGS, LINE_BLOCK_TAGS, PARAGRAPH_TAGS } from '@/lib/html/block-tags';
import { bareElementKind, elementKind, type ElementKind } from '@/lib/ticket/reply-html-markers';
import { decodeText } from '@/lib/html/decode-text';
import type { HtmlEvents, ScannedTag } from '@/lib/html/html-events';
import { parseAttributes } from '@/lib/html/tag-attributes';
import { scanHtml } from '@/lib/ticket/strip-reply-html-scan';

/** Elements that start a new line in the rendered text (one list with the page reader's, lib/html/block-tags.ts). */
const BLOCK_TAGS = new Set([...LINE_BLOCK_TAGS, ...PARAGRAPH_TAGS, 'pre']);
/** Elements whose text is never shown. */
const HIDDEN_TAGS = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'xml']);
/** A cell boundary stays a gap between words, not a new line. */
const CELLS = new Set(CELL_TAGS);
const NEWLINE = 10;
/** Text a reader sees (the no-break space of an empty Outlook paragraph is not). */
export const VISIBLE = /[^\s\u00a0]/;
const TAB = 9;
const FORM_FEED = 12;
const CARRIAGE_RETURN = 13;
const SPACE = 32;
/**
 * Whether `text` holds white space that HTML renders as one space (a tab, a line break, two spaces), as
 * /[\t\r\n\f]| {2}/ tells: checked first, most text has none to fold. Read by codes: a pattern entered
 * per text node cost 60,000 short paragraphs more than the text itself.
 */
export function hasLayoutSpace(text: string): boolean {
  let previous = 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === TAB || code === NEWLINE || code === FORM_FEED || code === CARRIAGE_RETURN || (code === SPACE && previous === SPACE))
      return true;
    previous = code;
  }
  return false;
}

/** How the renderer treats a tag name: read once per name in a message, then carried by its tags. */
interface TagRole {
  hidden: boolean;
  block: boolean;
  cell: boolean;
  pre: boolean;
  lineBreak: boolean;
  /** Its kind when it carries no attribute value (`<p>`, `<br>`). */
  bareKind: ElementKind;
}
type Tag = ScannedTag<TagRole>;

type SetAsideKind = Exclude<ElementKind, 'history' | 'content'>;
/** An element set aside as a range of the HTML, read only if needed once the message is read. */
export interface SetAside {
  depth: number;
  kind: SetAsideKind;
  start: number;
  end: number;
}
export type Part = string | SetAside;

/**
 * Whether a header block (Outlook's bordered From/Sent/To) below the sender's text ends the reply.
 * `opensWithHeader`: the mail itself opened with one (it passes a message on); `written`: the parts so far.
 */
export type HeaderEndsReply = (html: string, block: SetAside, opensWithHeader: boolean, written: readonly Part[]) => boolean;

/**
 * Renders `html` to parts: text, and (when cutting history) set-aside elements to decide on. A class, not closures
 * made per call: the scan's calls then always reach the same functions, so V8 keeps its optimized scan (new closures
 * per call threw it away at the start of every message: "wrong call target").
 */
class PartsRenderer implements HtmlEvents<TagRole> {
  readonly out: Part[] = [];
  /** Text since the last set-aside element, kept as one string (a part per text node made 1 MB of `<p>`s slow). */
  private pending = '';
  private hiddenDepth = -1;
  private preDepth = 0;
  private setAside: SetAside | undefined = undefined;
  private ended = false;
  private atLineStart = true;
  private hasVisibleText = false;
  /** A mail that opens with a header block passes a message on: a header block in it is that message's history. */
  private opensWithHeader = false;

  /** `headerEndsReply` undefined: nothing is cut or set aside (all the text of a block, or of the whole mail). */
  constructor(
    private readonly html: string,
    private readonly headerEndsReply: HeaderEndsReply | undefined,
  ) {}

  flush(): void {
    if (this.pending !== '') this.out.push(this.pending);
    this.pending = '';
  }

  private write(text: string): void {
    if (text === '') return;
    this.pending += text;
    this.atLineStart = text.charCodeAt(text.length - 1) === NEWLINE;
    this.hasVisibleText ||= VISIBLE.test(text);
  }

  private breakLine(): void {
    if (!this.atLineStart) this.write('\n');
  }

  describe(name: string): TagRole {
    return {
      hidden: HIDDEN_TAGS.has(name),
      block: BLOCK_TAGS.has(name),
      cell: CELLS.has(name),
      pre: name === 'pre',
      lineBreak: name === 'br',
      bareKind: bareElementKind(name),
    };
  }

  open(tag: Tag, attributeSource: string, depth: number, contentStart: number): void {
    if (this.setAside || this.hiddenDepth >= 0) return;
    const role = tag.facts;
    if (role.hidden) {
      this.hiddenDepth = depth;
      return;
    }
    if (role.pre) this.preDepth++;
    if (role.lineBreak) this.write('\n');
    else if (role.block) this.breakLine();
    else if (role.cell) this.write(' ');
    if (this.headerEndsReply === undefined) return;
    // Most tags of a long mail carry no attribute value: their kind is the name's.
    const kind =
      attributeSource !== '' && attributeSource.includes('=') ? elementKind(tag.name, parseAttributes(attributeSource)) : role.bareKind;
    if (kind === 'history') this.ended = true;
    else if (kind !== 'content') this.setAside = { depth, kind, start: contentStart, end: this.html.length };
  }

  text(rawText: string): void {
    if (this.setAside || this.hiddenDepth >= 0) return;
    const text = decodeText(rawText);
    this.write(this.preDepth > 0 || !hasLayoutSpace(text) ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
  }

  close(tag: Tag, depth: number, contentEnd: number): void {
    if (this.hiddenDepth === depth) this.hiddenDepth = -1;
    if (this.hiddenDepth >= 0) return;
    if (this.setAside?.depth === depth) {
      const block = { ...this.setAside, end: contentEnd };
      this.setAside = undefined;
      // Outlook's bordered header block: everything from here on is the quoted message. On top of
      // everything it heads what the sender passes on (a forward, a pasted mail), as in plain text.
      this.flush();
      const isHeader = block.kind === 'history-if-header';
      if (isHeader && this.hasVisibleText && this.headerEndsReply?.(this.html, block, this.opensWithHeader, this.out)) this.ended = true;
      else this.out.push(block);
      this.opensWithHeader ||= isHeader && !this.hasVisibleText;
      this.atLineStart = true;
      return;
    }
    if (this.setAside) return;
    if (tag.facts.pre) this.preDepth = Math.max(0, this.preDepth - 1);
    if (tag.facts.block) this.breakLine();
  }

  done(): boolean {
    return this.ended;
  }

  /** The parts, once the scan is over. */
  finish(): Part[] {
    this.flush();
    if (this.setAside) this.out.push(this.setAside);
    return this.out;
  }
}

/**
 * The parts of `html`. With `headerEndsReply`, marked history ends the text and other marked
 * elements are set aside; without it, all the text as a reader sees it.
 */
export function renderParts(html: string, headerEndsReply?: HeaderEndsReply): Part[] {
  const renderer = new PartsRenderer(html, headerEndsReply);
  scanHtml(html, renderer);
  return renderer.finish();
}

/** The text of parts, set-aside elements left out. */
export const joinText = (parts: readonly Part[]) => parts.filter((part): part is string => typeof part === 'string').join('');
