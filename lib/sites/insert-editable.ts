/**
 * Puts reply text at the top of a contenteditable reply box (Gmail's, Outlook's, rich editors')
 * so that the editor registers it as typed input. Nothing here sends.
 */
import { inputEvent } from '@/lib/sites/input-events';

/**
 * Contenteditable editors. `execCommand('insertText')` is what the browser does for typing, so
 * editors (Gmail's included) see real `beforeinput`/`input` events and keep their undo stack.
 * Where it is missing or refused, the text is built as text nodes and `<br>`s and announced with
 * the same InputEvents, unless the editor took the `beforeinput` and inserted the text itself.
 */
export function insertIntoEditable(editable: HTMLElement, reply: string): boolean {
  try {
    const doc = editable.ownerDocument;
    const before = editable.textContent ?? '';
    // Text inserted at the start joins the first line it lands on: a draft's first line needs an
    // empty line between it and the reply (an empty first line, as Outlook's and Gmail's replies
    // open with above the quoted original, does not).
    const text = startsWithText(editable) ? `${reply}\n\n` : reply;
    editable.focus();
    const selection = doc.getSelection();
    const range = doc.createRange();
    range.setStart(editable, 0);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text) && textLanded(editable, before, text)) {
      return true;
    }
    const announced = editable.dispatchEvent(inputEvent(editable, 'beforeinput', text, true));
    if (!announced && textLanded(editable, before, text)) return true;
    const last = insertLines(editable, text);
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
    editable.dispatchEvent(inputEvent(editable, 'input', text));
    return textLanded(editable, before, text);
  } catch {
    return false;
  }
}

function startsWithText(editable: HTMLElement): boolean {
  const first = editable.firstChild;
  return (first?.nodeType === 3 ? first.nodeValue : (first?.textContent ?? ''))?.trim() !== '';
}

/** Text nodes joined by `<br>` at the top of the editable; returns the last inserted node. */
function insertLines(editable: HTMLElement, text: string): Node {
  const doc = editable.ownerDocument;
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, index) => {
    if (index > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild ?? fragment.appendChild(doc.createTextNode(''));
  editable.insertBefore(fragment, editable.firstChild);
  return last;
}

/**
 * Whether the text landed: the editable grew and shows the text's first line (editors may turn
 * `\n` into blocks and spaces into no-break spaces, so the whole text is not compared).
 */
export function textLanded(editable: HTMLElement, before: string, text: string): boolean {
  const now = (editable.textContent ?? '').replace(/\u00a0/g, ' ');
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim())
      ?.trim()
      .slice(0, 60) ?? '';
  return now.length > before.length && now.includes(firstLine);
}
