/**
 * Turns a piece of a page into the text a reader sees: block elements and `<br>` become line
 * breaks, runs of whitespace collapse as the browser collapses them, and nothing that is not shown
 * as text (scripts, styles, form controls, inline-hidden preheaders) leaks in. Iterative, so a
 * hostile page nested thousands of levels deep cannot overflow the stack.
 */

/** Longest text kept per read: a message bigger than this is not a support message any more. */
export const MAX_TEXT_LENGTH = 100_000;

const NOT_TEXT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
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
const LINE_BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'caption',
]);
const PARAGRAPHS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CELLS = new Set(['td', 'th']);

/** Block edges waiting on the stack: start a new line, leave one empty line, or end a `<pre>`. */
const LINE = 0;
const PARAGRAPH = 1;
const PRE_END = 2;
type Mark = typeof LINE | typeof PARAGRAPH | typeof PRE_END;

export function readableText(root: Element): string {
  const out = new TextBuilder();
  const stack: Array<Node | Mark> = [root];
  let preDepth = root.parentElement?.closest('pre') ? 1 : 0;
  while (stack.length > 0 && out.length < MAX_TEXT_LENGTH) {
    const item = stack.pop()!;
    if (typeof item === 'number') {
      if (item === PRE_END) preDepth--;
      out.mark(item);
      continue;
    }
    if (item.nodeType === 3) {
      out.text(item.nodeValue ?? '', preDepth > 0);
      continue;
    }
    if (item.nodeType !== 1) continue;
    const element = item as Element;
    const tag = element.localName;
    if (NOT_TEXT.has(tag) || (element.hasAttributes() && isInlineHidden(element))) continue;
    if (tag === 'br') out.hardBreak();
    else if (tag === 'img') out.text(emojiOf(element), false);
    else if (tag === 'pre') preDepth++;
    const closing = tag === 'pre' ? PRE_END : PARAGRAPHS.has(tag) ? PARAGRAPH : LINE_BLOCKS.has(tag) ? LINE : undefined;
    if (closing !== undefined) {
      out.mark(closing);
      stack.push(closing);
    } else if (CELLS.has(tag)) out.text(' ', false);
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out.result();
}

/** One line of text (subjects, names): whitespace collapsed, length bounded. */
export function singleLine(text: string | null | undefined, maxLength = 500): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().slice(0, maxLength);
}

class TextBuilder {
  private parts: string[] = [];
  private tail = '';
  length = 0;

  text(raw: string, preformatted: boolean): void {
    let text = preformatted ? raw.replace(/\r\n?/g, '\n') : raw.replace(/[\t\n\r\f ]+/g, ' ');
    if (!preformatted && (this.tail === '' || this.tail.endsWith('\n') || this.tail.endsWith(' '))) {
      text = text.replace(/^ /, '');
    }
    this.push(text);
  }

  hardBreak(): void {
    this.push('\n');
  }

  /** A block edge: start a new line or leave one empty line, never more. */
  mark(mark: Mark): void {
    if (this.length === 0) return;
    const want = mark === LINE ? '\n' : '\n\n';
    if (!this.tail.endsWith(want)) this.push(this.tail.endsWith('\n') ? want.slice(1) : want);
  }

  result(): string {
    return this.parts
      .join('')
      .slice(0, MAX_TEXT_LENGTH)
      .split('\n')
      .map((line) => line.replace(/[ \u00a0]+$/, ''))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  private push(text: string): void {
    if (!text) return;
    this.parts.push(text);
    this.length += text.length;
    this.tail = (this.tail + text).slice(-2);
  }
}

/** Inline `display:none` marks e-mail preheaders and tracking junk that the reader never sees. */
function isInlineHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  const style = element.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** Gmail draws emoji as images carrying the character in `data-emoji` (seen 2024–2026). */
function emojiOf(image: Element): string {
  return (image.getAttribute('data-emoji') ?? '').slice(0, 16);
}
