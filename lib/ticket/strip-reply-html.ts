/**
 * HTML mail to the sender's new text: one linear pass over the markup (no DOM, see
 * strip-reply-html-scan.ts) that cuts quoted history where the client marked it — blockquotes,
 * gmail_quote, Outlook's header blocks, Apple's type=cite, Thunderbird's moz-cite-prefix, Yahoo's
 * quoted block — drops marked signatures, keeps forwards, and renders the rest as text for the
 * plain-text rules (attributions and signatures the client did not mark). Panel and CLI only.
 */
import { bareElementKind, elementKind, type ElementKind } from './reply-html-markers';
import { announcesForward, headsForward } from './forward-header';
import { withoutAddressedName } from './strip-addressed-name';
import { MAX_ATTRIBUTION_LINES, attributionEnd, isHeaderBlock } from './history-markers';
import { FORWARD_LINE, ORIGINAL_MESSAGE_LINE } from './reply-patterns';
import { type HtmlEvents, decodeText, parseAttributes, scanHtml } from './strip-reply-html-scan';
import { stripReplyText } from './strip-reply-text';
import { isDashSignature, isMobileFooter } from './signature-start';

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
const VISIBLE = /[^\s\u00a0]/;
/** White space that HTML renders as one space (checked first: most text has none to fold). */
const LAYOUT_SPACE = /[\t\r\n\f]| {2}/;
/** Only the head of a set-aside block is read to decide what it is (bounded work on 1 MB quotes). */
const DECIDE_ON_HTML_CHARS = 16_000;
const DECIDE_ON_LINES = 8;

type SetAsideKind = Exclude<ElementKind, 'history' | 'content'>;
/** An element set aside as a range of the HTML, read only if needed once the message is read. */
interface SetAside {
  depth: number;
  kind: SetAsideKind;
  start: number;
  end: number;
}
type Part = string | SetAside;

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

  constructor(
    private readonly html: string,
    private readonly cutHistory: boolean,
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
    if (!this.cutHistory) return;
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
      if (isHeader && this.hasVisibleText && endsReply(headLines(this.html, block), this.opensWithHeader, this.out)) this.ended = true;
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

function renderParts(html: string, cutHistory: boolean): Part[] {
  const renderer = new PartsRenderer(html, cutHistory);
  scanHtml(html, renderer);
  return renderer.finish();
}

/** All the text of a set-aside element, nothing cut (a forward or the sender's own quote). */
const textOf = (html: string, block: SetAside, maxChars = Infinity) =>
  joinText(renderParts(html.slice(block.start, Math.min(block.end, block.start + maxChars)), false));

function headLines(html: string, block: SetAside): string[] {
  return textOf(html, block, DECIDE_ON_HTML_CHARS)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, DECIDE_ON_LINES);
}

/** "---------- Forwarded message ---------" on top: what the sender passes on, which stays. */
const isForward = (lines: readonly string[]) => lines.slice(0, 2).some((line) => FORWARD_LINE.test(line));
/** An attribution, "-----Original Message-----" or a From/Sent/To block near the top. */
function holdsAttribution(lines: readonly string[]): boolean {
  return lines.some((line, i) => ORIGINAL_MESSAGE_LINE.test(line) || attributionEnd(lines, i) >= 0 || isHeaderBlock(lines, i));
}

/** How much of the text above a header block is read for "I'm forwarding …". */
const ANNOUNCEMENT_TAIL_CHARS = 1000;

/** The last lines written so far (a bounded tail: a mail may hold many header blocks). */
function writtenTail(parts: readonly Part[]): string[] {
  const tail: string[] = [];
  let chars = 0;
  for (let k = parts.length - 1; k >= 0 && chars < ANNOUNCEMENT_TAIL_CHARS; k--) {
    const part = parts[k];
    if (typeof part !== 'string') continue;
    tail.unshift(part);
    chars += part.length;
  }
  return tail.join('').slice(-ANNOUNCEMENT_TAIL_CHARS).split('\n');
}

/**
 * A header block of quoted history; a forward's ("Objet : TR: …", or any below "I'm forwarding …")
 * below the sender's text is what they pass on.
 */
const endsReply = (lines: readonly string[], opensWithHeader: boolean, written: readonly Part[]) =>
  holdsAttribution(lines) && (opensWithHeader || !(headsForward(lines, 0) || announcesForward(writtenTail(written))));

/** Whether a set-aside block stays in the text, once the whole message has been read. */
function keeps(html: string, block: SetAside, isLastPlainQuote: boolean): boolean {
  // A marked signature that opens with a client's footer ("Verzonden vanaf mijn Galaxy") is left to the
  // text rules, which cut it and the name right above it ("Groetjes, Sanne"), as in plain text.
  // So is one that opens with "-- " over a footer ("--\nSent with Airmail"), and the name above it.
  if (block.kind === 'signature') {
    const [first = '', second = ''] = headLines(html, block);
    return isMobileFooter(first) || (isDashSignature(first) && isMobileFooter(second));
  }
  if (block.kind === 'history-if-header') return true;
  const lines = headLines(html, block);
  if (isForward(lines)) return true;
  if (block.kind === 'quote-if-attributed') return !holdsAttribution(lines);
  if (block.kind === 'quote-if-last') return !isLastPlainQuote && !holdsAttribution(lines);
  return false;
}

const joinText = (parts: readonly Part[]) => parts.filter((part): part is string => typeof part === 'string').join('');

const tidyText = (text: string) =>
  text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n');

/** Whether the text written before a block ends with an attribution ("On …, Shop <a@b> wrote:", wrapped or not). */
function endsWithAttribution(written: readonly Part[]): boolean {
  const lines = writtenTail(written)
    .filter((line) => VISIBLE.test(line))
    .slice(-MAX_ATTRIBUTION_LINES);
  return lines.some((_, i) => attributionEnd(lines, i) === lines.length - 1);
}

/**
 * A quote left out with the sender's text below it (bottom-posting: "On …, Ridge Coffee wrote:" above
 * Airmail's blockquote, the answer under it) leaves a '>' line in its place: the text rules then read
 * the attribution above it as a quote's, and keep the answer below, as in plain text. A quote with
 * nothing below it, or no attribution above it, leaves nothing as before.
 */
const QUOTE_LEFT_OUT = '\n>\n';

/** Renders the visible text of an HTML mail, with marked history and signatures left out. */
export function htmlToReplyText(html: string): string {
  const parts = renderParts(html, true);
  let lastPlainQuote: SetAside | undefined;
  let lastText = -1;
  parts.forEach((part, k) => {
    if (typeof part !== 'string' && part.kind === 'quote-if-last') lastPlainQuote = part;
    if (typeof part === 'string' && VISIBLE.test(part)) lastText = k;
  });
  const leftOut = (part: SetAside, k: number) =>
    part.kind !== 'signature' && k < lastText && endsWithAttribution(parts.slice(0, k)) ? QUOTE_LEFT_OUT : '';
  return tidyText(
    parts
      .map((part, k) =>
        typeof part === 'string' ? part : keeps(html, part, part === lastPlainQuote) ? `${textOf(html, part)}\n` : leftOut(part, k),
      )
      .join(''),
  );
}

/**
 * The new text the sender wrote in an HTML mail, as plain text. When the client marked everything
 * as quoted (the whole message inside a blockquote), the mail is read as text with no element cut
 * (its attribution on top left out), so the agent sees the message rather than nothing.
 */
export function stripReplyHtml(html: string): string {
  const reply = stripReplyText(htmlToReplyText(html));
  if (VISIBLE.test(reply)) return withoutAddressedName(reply, () => tidyText(joinText(renderParts(html, false))));
  const whole = tidyText(joinText(renderParts(html, false)));
  const stripped = stripReplyText(whole);
  return VISIBLE.test(stripped) ? stripped : withoutLeadingAttribution(whole).trim();
}

/** "On …, foo <a@b> wrote:" above a message wholly inside the quote: the message is what the agent reads. */
function withoutLeadingAttribution(text: string): string {
  const lines = text.split('\n');
  let first = 0;
  while (first < lines.length && !VISIBLE.test(lines[first] ?? '')) first++;
  const end = attributionEnd(lines, first);
  const rest = end >= 0 ? lines.slice(end + 1).join('\n') : '';
  return VISIBLE.test(rest) ? rest : text;
}
