/**
 * HTML mail to parts: the text a reader sees, and (when cutting history) the elements a client
 * marked as quote, signature or header block, set aside as ranges of the HTML to decide on once
 * the whole message is read (strip-reply-html.ts decides). Fed by the linear scan of
 * strip-reply-html-scan.ts; no DOM.
 */
import { bareElementKind, elementKind, type ElementKind } from '@/lib/ticket/reply-html-markers';
import { type HtmlEvents, decodeText, parseAttributes, scanHtml } from '@/lib/ticket/strip-reply-html-scan';

/** Elements that start a new line in the rendered text. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'div',
  'dl',
  'dt',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
]);
/** Elements whose text is never shown. */
const HIDDEN_TAGS = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'xml']);
/** A cell boundary stays a gap between words, not a new line. */
const CELL_TAGS = new Set(['td', 'th']);
const NEWLINE = 10;
/** Text a reader sees (the no-break space of an empty Outlook paragraph is not). */
export const VISIBLE = /[^\s\u00a0]/;
/** White space that HTML renders as one space (checked first: most text has none to fold). */
const LAYOUT_SPACE = /[\t\r\n\f]| {2}/;

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
class PartsRenderer implements HtmlEvents {
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

  open(name: string, attributeSource: string, depth: number, contentStart: number): void {
    if (this.setAside || this.hiddenDepth >= 0) return;
    if (HIDDEN_TAGS.has(name)) {
      this.hiddenDepth = depth;
      return;
    }
    if (name === 'pre') this.preDepth++;
    if (name === 'br') this.write('\n');
    else if (BLOCK_TAGS.has(name)) this.breakLine();
    else if (CELL_TAGS.has(name)) this.write(' ');
    if (this.headerEndsReply === undefined) return;
    // Most tags of a long mail carry no attribute value: their kind is looked up by name alone.
    const kind = attributeSource.includes('=') ? elementKind(name, parseAttributes(attributeSource)) : bareElementKind(name);
    if (kind === 'history') this.ended = true;
    else if (kind !== 'content') this.setAside = { depth, kind, start: contentStart, end: this.html.length };
  }

  text(rawText: string): void {
    if (this.setAside || this.hiddenDepth >= 0) return;
    const text = decodeText(rawText);
    this.write(this.preDepth > 0 || !LAYOUT_SPACE.test(text) ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
  }

  close(name: string, depth: number, contentEnd: number): void {
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
    if (name === 'pre') this.preDepth = Math.max(0, this.preDepth - 1);
    if (BLOCK_TAGS.has(name)) this.breakLine();
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
