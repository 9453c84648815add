/**
 * Turns a piece of a page into the text a reader sees: block elements and `<br>` become line
 * breaks, runs of whitespace collapse as the browser collapses them, and nothing that is not shown
 * as text (scripts, styles, form controls, inline-hidden preheaders) leaks in. Iterative, so a
 * hostile page nested thousands of levels deep cannot overflow the stack.
 */
import { frameDocument } from './frame-copies';
import { TextBuilder } from './text-builder';
import { hiddenIn, isHidden, isInlineHidden } from './text-hidden';
import { BREAK, CELL, IMAGE, KIND, LINE, PARAGRAPH, PRE, SKIP } from './text-kinds';

/** Longest text kept per read: a message bigger than this is not a support message any more. */
export const MAX_TEXT_LENGTH = 100_000;

/**
 * One walk over the DOM by sibling and parent links (no recursion: a page nested thousands of
 * levels deep cannot overflow the stack) that writes straight into one string. A 100-message
 * thread is ~6,000 nodes read on every change of the page, so the work per node is kept to the
 * links, its tag or text, and a map lookup; the few elements hidden by inline markup are found
 * beforehand by one query (issue 12).
 */
export function readableText(root: Element): string {
  const out = new TextBuilder(MAX_TEXT_LENGTH);
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

/** Gmail draws emoji as images carrying the character in `data-emoji` (seen 2024–2026). */
function emojiOf(image: Element): string {
  return (image.getAttribute('data-emoji') ?? '').slice(0, 16);
}
