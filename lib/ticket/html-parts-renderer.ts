/**
 * HTML mail to parts: the text a reader sees, and (when cutting history) the elements a client
 * marked as quote, signature or header block, set aside as ranges of the HTML to decide on once
 * the whole message is read (strip-reply-html.ts decides). Fed by the linear scan of
 * strip-reply-html-scan.ts; no DOM.
 */
import type { HtmlEvents, ScannedTag } from '@/lib/html/html-events';
import { decodeText } from '@/lib/html/decode-text';
import { parseAttributes } from '@/lib/html/tag-attributes';
import { hasLayoutSpace, VISIBLE } from '@/lib/ticket/html-layout-space';
import type { HeaderEndsReply, Part, SetAside } from '@/lib/ticket/html-parts';
import { tagRole, type TagRole } from '@/lib/ticket/html-tag-role';
import { elementKind } from '@/lib/ticket/reply-html-markers';
import { scanHtml } from '@/lib/ticket/strip-reply-html-scan';

const NEWLINE = 10;
const SPACE = 32;
type Tag = ScannedTag<TagRole>;

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
  /** The last block closed was a paragraph: white space after it stands for its margin, a blank line. */
  private afterParagraph = false;
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
    return tagRole(name);
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
    if (this.preDepth > 0 || !hasLayoutSpace(text)) {
      this.write(text);
      return;
    }
    const folded = text.replace(/[ \t\r\n\f]+/g, ' ');
    // White space at the start of a line is not shown: a line break between two blocks ("</div>\n<div>",
    // as a client or gateway re-serialises the mail) must not leave a line of one space, read as a blank line.
    // After a paragraph it stays, and stands for the paragraph's margin (a blank line, as before).
    const shown = this.atLineStart && !this.afterParagraph && folded.charCodeAt(0) === SPACE ? folded.slice(1) : folded;
    this.write(shown);
    if (VISIBLE.test(shown)) this.afterParagraph = false;
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
    if (tag.facts.block) {
      this.breakLine();
      this.afterParagraph = tag.facts.paragraph;
    }
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
