/**
 * HTML mail to the sender's new text: one linear pass over the markup (no DOM, see
 * strip-reply-html-scan.ts) that cuts quoted history where the client marked it — blockquotes, gmail_quote, Outlook's
 * header blocks, Apple's type=cite, Thunderbird's moz-cite-prefix, Yahoo's quoted block — drops
 * marked signatures, keeps forwards, and renders the rest as text for the plain-text rules
 * (attributions and signatures the client did not mark). Runs in the panel and the CLI only.
 */
import { elementKind, type ElementKind } from './reply-html-markers';
import { attributionEnd, isHeaderBlock } from './history-markers';
import { FORWARD_LINE, ORIGINAL_MESSAGE_LINE } from './reply-patterns';
import { parseAttributes, scanHtml } from './strip-reply-html-scan';
import { stripReplyText } from './strip-reply-text';

/** Elements that start a new line in the rendered text. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'div', 'dl', 'dt', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tr', 'ul',
]);
/** Elements whose text is never shown. */
const HIDDEN_TAGS = new Set(['head', 'script', 'style', 'title', 'template', 'noscript', 'xml']);
/** A cell boundary stays a gap between words, not a new line. */
const CELL_TAGS = new Set(['td', 'th']);
/** White space that HTML renders as one space (checked first: most text has none to fold). */
const LAYOUT_SPACE = /[\t\r\n\f]| {2}/;
/** Only the head of a set-aside block is read to decide what it is (bounded work on 1 MB quotes). */
const DECIDE_ON_CHARS = 4000;
const DECIDE_ON_LINES = 8;

type SetAsideKind = Exclude<ElementKind, 'history' | 'content'>;
/** The text of a set-aside element until it closes, and then until the end decides on it. */
interface SetAside {
  depth: number;
  kind: SetAsideKind;
  parts: string[];
}

/** The first lines of a block's text, reading only as many parts as needed. */
function headLines(parts: readonly string[]): string[] {
  let head = '';
  for (let i = 0; i < parts.length && head.length < DECIDE_ON_CHARS; i++) head += parts[i];
  return head
    .slice(0, DECIDE_ON_CHARS)
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

/** Whether a set-aside block stays in the text, once the whole message has been read. */
function keeps(block: SetAside, isLastPlainQuote: boolean): boolean {
  const lines = headLines(block.parts);
  switch (block.kind) {
    case 'quote':
      return isForward(lines);
    case 'signature':
      return false;
    case 'history-if-header':
      return true;
    case 'quote-if-attributed':
      return isForward(lines) || !holdsAttribution(lines);
    case 'quote-if-last':
      return isForward(lines) || (!isLastPlainQuote && !holdsAttribution(lines));
  }
}

/** Renders the visible text of an HTML mail, with marked history and signatures left out. */
export function htmlToReplyText(html: string): string {
  const out: Array<string | SetAside> = [];
  let hiddenDepth = -1;
  let preDepth = 0;
  let setAside: SetAside | undefined;
  let ended = false;
  let atLineStart = true;

  const write = (text: string) => {
    if (text === '') return;
    (setAside ? setAside.parts : out).push(text);
    atLineStart = text.endsWith('\n');
  };
  /** A block boundary: one line break, not one per nested element. */
  const breakLine = () => {
    if (!atLineStart) write('\n');
  };
  scanHtml(html, {
    open(name, attributeSource, depth) {
      if (hiddenDepth >= 0) return;
      if (HIDDEN_TAGS.has(name)) {
        hiddenDepth = depth;
        return;
      }
      if (name === 'pre') preDepth++;
      if (name === 'br') write('\n');
      else if (BLOCK_TAGS.has(name)) breakLine();
      else if (CELL_TAGS.has(name)) write(' ');
      if (setAside) return;
      const kind = elementKind(name, parseAttributes(attributeSource));
      if (kind === 'history') ended = true;
      else if (kind !== 'content') {
        breakLine();
        setAside = { depth, kind, parts: [] };
      }
    },
    text(text) {
      if (hiddenDepth >= 0) return;
      write(preDepth > 0 || !LAYOUT_SPACE.test(text) ? text : text.replace(/[ \t\r\n\f]+/g, ' '));
    },
    close(name, depth) {
      if (hiddenDepth === depth) hiddenDepth = -1;
      if (hiddenDepth >= 0) return;
      if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (BLOCK_TAGS.has(name)) breakLine();
      if (!setAside || setAside.depth !== depth) return;
      const block = setAside;
      setAside = undefined;
      // Outlook's bordered header block: everything from here on is the quoted message.
      if (block.kind === 'history-if-header' && holdsAttribution(headLines(block.parts))) ended = true;
      else out.push(block, '\n');
      atLineStart = true;
    },
    done: () => ended,
  });
  if (setAside) out.push(setAside);
  return render(out);
}

function render(out: ReadonlyArray<string | SetAside>): string {
  let lastPlainQuote: SetAside | undefined;
  for (const part of out) if (typeof part !== 'string' && part.kind === 'quote-if-last') lastPlainQuote = part;
  return out
    .map((part) => (typeof part === 'string' ? part : keeps(part, part === lastPlainQuote) ? part.parts.join('') : ''))
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n');
}

/** The new text the sender wrote in an HTML mail, as plain text. */
export function stripReplyHtml(html: string): string {
  return stripReplyText(htmlToReplyText(html));
}
