/**
 * Rich-text editors that keep their own model (CKEditor 5, Draft.js, ProseMirror, Slate, Lexical)
 * ignore DOM changes they did not make: text written into their DOM, or put there by
 * `execCommand` (which fires no `beforeinput` in Chromium), never reaches the model, so the page
 * would send an empty reply. Each is reached the way a user reaches it, trying in turn:
 *
 * 1. Typing: one `beforeinput` `insertText` per line and `insertParagraph` (Enter) between lines.
 *    Editors built on Input Events (CKEditor 5, ProseMirror, Slate, Lexical) apply it to their
 *    model; most cancel the event, CKEditor 5 queues typed text for up to 50 ms instead (it waits
 *    for the browser's own DOM change), so the first line is also awaited. A synthetic event no
 *    editor takes changes nothing: it has no default action.
 * 2. Pasting plain text: a `paste` event carrying a DataTransfer, which Draft.js (and CKEditor)
 *    turn into blocks, one per line.
 * 3. The browser's own editing (`insertIntoEditable`), for editors that read back the DOM the
 *    browser wrote (Froala, plain contenteditable).
 *
 * Checked in Chromium against the real CKEditor 5, Froala and Draft.js (tests/e2e/zendesk,
 * freshdesk, gorgias specs). Nothing here sends.
 */
import { insertIntoEditable, textLanded } from '@/lib/sites/insert-editable';

/** How long an editor gets to apply typed or pasted text (React renders Draft.js a frame later). */
const SETTLE_MS = 400;
/** How long the first typed line may take before typing counts as not understood (CKEditor: 50 ms). */
const FIRST_LINE_MS = 200;
const POLL_MS = 20;

export async function insertIntoRichEditor(editable: HTMLElement, text: string): Promise<boolean> {
  try {
    const reply = text.replace(/^\n+/, '');
    const before = editable.textContent ?? '';
    // The reply goes on top; the agent's draft (or the editor's signature) stays below it.
    const input = hasDraft(editable) ? `${reply}\n\n` : reply;
    editable.focus();
    caretToStart(editable);
    if (await typeLikeUser(editable, input, before)) return await settles(editable, before, reply, SETTLE_MS);
    if (pasteLikeUser(editable, input) && (await settles(editable, before, reply, SETTLE_MS))) return true;
    // The browser's editing keeps a draft apart itself (insertIntoEditable adds the blank line).
    return insertIntoEditable(editable, reply);
  } catch {
    return false;
  }
}

/**
 * Sends the text as typing. Stops after the first line when the page neither cancelled it nor
 * showed it: then no editor is listening, and nothing has changed.
 */
async function typeLikeUser(editable: HTMLElement, text: string, before: string): Promise<boolean> {
  const steps = text
    .split('\n')
    .flatMap((line, index) => [
      ...(index > 0 ? [{ inputType: 'insertParagraph' }] : []),
      ...(line ? [{ inputType: 'insertText', data: line }] : []),
    ]);
  const [first, ...rest] = steps;
  if (!first) return false;
  const cancelled = !editable.dispatchEvent(beforeInput(editable, first.inputType, first.data));
  if (!cancelled && !(await settles(editable, before, first.data ?? '', FIRST_LINE_MS))) return false;
  for (const step of rest) editable.dispatchEvent(beforeInput(editable, step.inputType, step.data));
  return true;
}

/** A paste of plain text; true when the page took it (cancelled the browser's own paste). */
function pasteLikeUser(editable: HTMLElement, text: string): boolean {
  const win = windowOf(editable);
  if (typeof win.DataTransfer !== 'function' || typeof win.ClipboardEvent !== 'function') return false;
  const data = new win.DataTransfer();
  data.setData('text/plain', text);
  return !editable.dispatchEvent(new win.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
}

/** `beforeinput` aimed at the caret, as the browser sends it (editors read `getTargetRanges()`). */
function beforeInput(editable: HTMLElement, inputType: string, data?: string): InputEvent {
  const win = windowOf(editable);
  const range = editable.ownerDocument.getSelection()?.rangeCount ? editable.ownerDocument.getSelection()!.getRangeAt(0) : null;
  const targetRanges = range && typeof win.StaticRange === 'function' ? [new win.StaticRange(range)] : [];
  return new win.InputEvent('beforeinput', {
    inputType,
    data: data ?? null,
    targetRanges,
    bubbles: true,
    cancelable: true,
    composed: true,
  });
}

/** Puts the caret before the editable's first text, inside its first block (`<p>`, Draft's span). */
function caretToStart(editable: HTMLElement): void {
  const doc = editable.ownerDocument;
  let node: Node = editable;
  while (node.firstChild && node.firstChild.nodeType === 1 && (node.firstChild as Element).localName !== 'br') node = node.firstChild;
  const range = doc.createRange();
  range.setStart(node.firstChild?.nodeType === 3 ? node.firstChild : node, 0);
  range.collapse(true);
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** Waits for the editor to render what it took: the reply's first and last lines show. */
async function settles(editable: HTMLElement, before: string, text: string, timeoutMs: number): Promise<boolean> {
  const win = windowOf(editable);
  const lastLine =
    text
      .split('\n')
      .filter((line) => line.trim())
      .at(-1)
      ?.trim()
      .slice(0, 60) ?? '';
  const landed = () => textLanded(editable, before, text) && shownText(editable).includes(lastLine);
  for (let waited = 0; waited <= timeoutMs; waited += POLL_MS) {
    if (landed()) return true;
    await new Promise((resolve) => win.setTimeout(resolve, POLL_MS));
  }
  return false;
}

/**
 * Whether the agent has text in the editor. Placeholders ("Reply…") are text in some editors' DOM
 * (Slate renders a `contenteditable=false`, `aria-hidden` span) but not part of any draft.
 */
function hasDraft(editable: HTMLElement): boolean {
  const copy = editable.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[contenteditable="false"], [aria-hidden="true"]').forEach((part) => part.remove());
  return (copy.textContent ?? '').trim() !== '';
}

function shownText(editable: HTMLElement): string {
  return (editable.textContent ?? '').replace(/\u00a0/g, ' ');
}

function windowOf(node: Node): Window & typeof globalThis {
  return (node.ownerDocument?.defaultView ?? globalThis) as Window & typeof globalThis;
}
