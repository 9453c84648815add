/**
 * Turns a piece of a page into the text a reader sees: block elements and `<br>` become line
 * breaks, runs of whitespace collapse as the browser collapses them, and nothing that is not shown
 * as text (scripts, styles, form controls, inline-hidden preheaders) leaks in. Iterative, so a
 * hostile page nested thousands of levels deep cannot overflow the stack.
 */
import { CELL_TAGS, LINE_BLOCK_TAGS, PARAGRAPH_TAGS } from '@/lib/html/block-tags';
import { frameDocument } from './frame-copies';

/** Longest text kept per read: a message bigger than this is not a support message any more. */
export const MAX_TEXT_LENGTH = 100_000;

const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'object',
  'embed',
  'svg',
  'canvas',
  'video',
  'audio',
  'select',
  'textarea',
  'input',
  'button',
  'math',
]);

/** What an element is to the reader, looked up once per element (one map lookup, not four sets). */
const SKIP = 1;
const LINE = 2;
const PARAGRAPH = 3;
const CELL = 4;
const BREAK = 5;
const IMAGE = 6;
const PRE = 7;
const KIND = new Map<string, number>([
  ...[...NOT_TEXT].map((tag) => [tag, SKIP] as const),
  ...LINE_BLOCK_TAGS.map((tag) => [tag, LINE] as const),
  ...PARAGRAPH_TAGS.map((tag) => [tag, PARAGRAPH] as const),
  ...CELL_TAGS.map((tag) => [tag, CELL] as const),
  ['br', BREAK],
  ['img', IMAGE],
  ['pre', PRE],
]);
const NEWLINE = 10;
const SPACE = 32;
const NO_BREAK_SPACE = 0xa0;

/** Elements that may be hidden by their own markup, found by one native query per read. */
const MAYBE_HIDDEN = '[hidden], [style*="display" i], details:not([open])';

/**
 * One walk over the DOM by sibling and parent links (no recursion: a page nested thousands of
 * levels deep cannot overflow the stack) that writes straight into one string. A 100-message
 * thread is ~6,000 nodes read on every change of the page, so the work per node is kept to the
 * links, its tag or text, and a map lookup; the few elements hidden by inline markup are found
 * beforehand by one query (issue 12).
 */
export function readableText(root: Element): string {
  const out = new TextBuilder();
  if (root.hasAttributes() && isInlineHidden(root)) return '';
  const hidden = hiddenIn(root);
  /** Kinds of the elements the walk is inside, innermost last. */
  const open: number[] = [];
  let preDepth = root.parentElement?.closest('pre') ? 1 : 0;
  let node: Node = root;
  for (;;) {
    let descend = false;
    const type = node.nodeType;
    if (type === 3) out.text(node.nodeValue ?? '', preDepth > 0);
    else if (type === 1) {
      const kind = KIND.get((node as Element).localName) ?? 0;
      if ((node as Element).localName === 'iframe') framed(node as HTMLIFrameElement);
      else if (kind !== SKIP && !isHidden(node as Element, hidden)) {
        if (kind === BREAK) out.hardBreak();
        else if (kind === IMAGE) out.text(emojiOf(node as Element), false);
        else if (kind === PRE) {
          preDepth++;
          out.mark(PARAGRAPH);
        } else if (kind === PARAGRAPH || kind === LINE) out.mark(kind);
        else if (kind === CELL) out.text(' ', false);
        const child = node.firstChild;
        if (child !== null) {
          open.push(kind);
          node = child;
          descend = true;
        } else close(kind);
      }
    }
    if (out.length >= MAX_TEXT_LENGTH) break;
    if (descend) continue;
    // Up to the next sibling, closing each element left on the way.
    let next: Node | null = node === root ? null : node.nextSibling;
    while (next === null && open.length > 0) {
      close(open.pop()!);
      node = node.parentNode!;
      next = node === root ? null : node.nextSibling;
    }
    if (next === null) break;
    node = next;
  }
  return out.result();

  /**
   * A mail's own HTML shown in a same-origin frame (`srcdoc`, as Zendesk and Front render rich mail) is
   * the message's text. A cross-origin frame, or one sandboxed without `allow-same-origin`, gives Chrome no
   * document: skipped here too, whatever a test DOM lets through.
   */
  function framed(frame: HTMLIFrameElement): void {
    const sandbox = frame.getAttribute('sandbox');
    const body = sandbox === null || /allow-same-origin/i.test(sandbox) ? frameDocument(frame)?.body : null;
    if (!body || isHidden(frame, hidden)) return;
    out.mark(LINE);
    out.text(readableText(body), true);
    out.mark(LINE);
  }

  function close(kind: number): void {
    if (kind === PRE) preDepth--;
    if (kind === PRE || kind === PARAGRAPH || kind === LINE) out.mark(kind === LINE ? LINE : PARAGRAPH);
  }
}

/**
 * The elements under `root` hidden by their own markup; `undefined` when the page cannot be asked
 * in one query (happy-dom's selector engine recurses and overflows on a page nested thousands of
 * levels deep), and each element is then looked at as it is read.
 */
function hiddenIn(root: Element): Set<Element> | null | undefined {
  let found: NodeListOf<Element>;
  try {
    found = root.querySelectorAll(MAYBE_HIDDEN);
  } catch {
    return undefined;
  }
  if (found.length === 0) return null;
  const hidden = new Set<Element>();
  for (const element of Array.from(found)) if (isInlineHidden(element)) hidden.add(element);
  return hidden.size > 0 ? hidden : null;
}

function isHidden(element: Element, hidden: Set<Element> | null | undefined): boolean {
  if (hidden === undefined) return element.hasAttributes() && isInlineHidden(element);
  return hidden?.has(element) === true;
}

/**
 * One line of text (subjects, names): whitespace collapsed, length bounded. Only the head of a long
 * text is collapsed (a block's whole `textContent` is often passed): when the head already gives
 * more than `maxLength` characters the rest cannot change them; a head mostly of white space falls
 * back to the whole text.
 */
export function singleLine(text: string | null | undefined, maxLength = 500): string {
  const whole = text ?? '';
  const headLength = 2 * maxLength + 64;
  if (whole.length > headLength) {
    const line = collapse(whole.slice(0, headLength));
    if (line.length > maxLength) return line.slice(0, maxLength);
  }
  return collapse(whole).slice(0, maxLength);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text written so far, and its last two characters (all a block edge needs to know). */
class TextBuilder {
  private out = '';
  private last = 0;
  private beforeLast = 0;
  /** Whether a line may end in spaces (a space or no-break space before a line break, or `<pre>` text). */
  private spaceAtLineEnd = false;
  length = 0;

  text(raw: string, preformatted: boolean): void {
    let text = preformatted ? raw.replace(/\r\n?/g, '\n') : foldSpace(raw);
    if (!preformatted && text.charCodeAt(0) === SPACE && (this.length === 0 || this.last === NEWLINE || this.last === SPACE)) {
      text = text.slice(1);
    }
    if (preformatted) this.spaceAtLineEnd = true;
    this.push(text);
  }

  hardBreak(): void {
    this.push('\n');
  }

  /** A block edge: start a new line or leave one empty line, never more. */
  mark(mark: typeof LINE | typeof PARAGRAPH): void {
    if (this.length === 0) return;
    if (this.last !== NEWLINE) this.push(mark === LINE ? '\n' : '\n\n');
    else if (mark === PARAGRAPH && this.beforeLast !== NEWLINE) this.push('\n');
  }

  /** Lines without trailing spaces, at most one empty line in a row; the clean-ups run only when needed. */
  result(): string {
    let text = this.out.length > MAX_TEXT_LENGTH ? this.out.slice(0, MAX_TEXT_LENGTH) : this.out;
    if (this.spaceAtLineEnd) text = text.replace(/[ \u00a0]+(?=\n|$)/g, '');
    if (text.includes('\n\n\n')) text = text.replace(/\n{3,}/g, '\n\n');
    return text.trim();
  }

  private push(text: string): void {
    const length = text.length;
    if (length === 0) return;
    if (text.charCodeAt(0) === NEWLINE && (this.last === SPACE || this.last === NO_BREAK_SPACE)) this.spaceAtLineEnd = true;
    this.out += text;
    this.length += length;
    this.beforeLast = length > 1 ? text.charCodeAt(length - 2) : this.last;
    this.last = text.charCodeAt(length - 1);
  }
}

/**
 * HTML's white space (tab, line feed, form feed, carriage return, space) folded to one space, as
 * the browser shows it. Most text nodes have nothing to fold: a scan of char codes finds that
 * without building a new string (a global regex replace on each of ~3,000 nodes costs 0.4 ms).
 */
function foldSpace(raw: string): string {
  for (let index = 0, previous = 0; index < raw.length; index++) {
    const code = raw.charCodeAt(index);
    if (code === 9 || code === 10 || code === 12 || code === 13 || (code === SPACE && previous === SPACE)) {
      return raw.replace(/[\t\n\r\f ]+/g, ' ');
    }
    previous = code;
  }
  return raw;
}

/**
 * Inline `display:none` marks e-mail preheaders and tracking junk that the reader never sees. A closed
 * `<details>` is folded away (a message's original before translation, a quoted history): what it
 * holds is not shown, and its toggle ("Show original") is a control, not words of the message.
 */
function isInlineHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || (element.localName === 'details' && !element.hasAttribute('open'))) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Gmail draws emoji as images carrying the character in `data-emoji` (seen 2024–2026). */
function emojiOf(image: Element): string {
  return (image.getAttribute('data-emoji') ?? '').slice(0, 16);
}
