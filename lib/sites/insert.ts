/**
 * Puts reply text into a page's own reply box so that the page's editor registers it as typed
 * input (its draft autosave, character counters and Send button all see it). Nothing here sends.
 * The new text goes on top: whatever the box held (the agent's draft, Gmail's quoted history or
 * signature) stays below it.
 */
import { waitFor } from './wait-for';

/** How long a site gets to open its reply box after a click. */
const REPLY_BOX_TIMEOUT_MS = 3000;

type TextField = HTMLTextAreaElement | HTMLInputElement;

export interface ReplyBoxParts<Box extends HTMLElement> {
  findBox(doc: Document): Box | null;
  /** The control that opens a closed reply box (Gmail's Reply button). */
  findOpener(doc: Document): Element | null;
  /** Rich editors may need a moment to apply the text to their model, hence the promise. */
  insert(box: Box, text: string): boolean | Promise<boolean>;
}

/**
 * An adapter's `insertReply`: uses the open reply box, or clicks the control that opens it and
 * waits for the box to appear. Never throws into the page and never touches a Send button.
 */
export async function insertIntoReplyBox<Box extends HTMLElement>(
  doc: Document,
  text: string,
  parts: ReplyBoxParts<Box>,
): Promise<boolean> {
  try {
    let box = parts.findBox(doc);
    if (!box) {
      const opener = parts.findOpener(doc);
      if (!opener) return false;
      clickLikeUser(opener);
      box = await waitFor(doc, () => parts.findBox(doc), REPLY_BOX_TIMEOUT_MS);
    }
    return box !== null && (await parts.insert(box, text));
  } catch {
    return false;
  }
}

/**
 * Textareas and inputs. React (and similar) track `value` on the element itself, so the setter of
 * the element's prototype is called directly; the `input` event then makes the framework read it.
 */
export function insertIntoField(field: TextField, text: string): boolean {
  try {
    field.focus();
    const value = joinOnTop(text, field.value);
    const setter = nativeValueSetter(field);
    if (setter) setter.call(field, value);
    else field.value = value;
    field.dispatchEvent(inputEvent(field, 'input', text));
    field.dispatchEvent(new (windowOf(field).Event)('change', { bubbles: true }));
    field.setSelectionRange?.(text.length, text.length);
    return field.value.startsWith(text);
  } catch {
    return false;
  }
}

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

/**
 * A click as a user makes it. Gmail's buttons act on mousedown/mouseup rather than `click`
 * (InboxSDK's simulateClick sends all three for that reason, seen @a8a6fe2; 2026-11-24).
 */
export function clickLikeUser(element: Element): void {
  const win = windowOf(element);
  for (const type of ['mousedown', 'mouseup', 'click']) {
    element.dispatchEvent(new win.MouseEvent(type, { bubbles: true, cancelable: true, button: 0 }));
  }
}

function joinOnTop(text: string, existing: string): string {
  return existing.trim() ? `${text}\n\n${existing}` : text;
}

function nativeValueSetter(field: TextField): ((value: string) => void) | undefined {
  for (let proto = Object.getPrototypeOf(field); proto; proto = Object.getPrototypeOf(proto)) {
    const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    if (setter) return setter;
  }
  return undefined;
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

function inputEvent(target: Element, type: 'input' | 'beforeinput', data: string, cancelable = false): Event {
  return new (windowOf(target).InputEvent)(type, { bubbles: true, cancelable, inputType: 'insertText', data });
}

function windowOf(node: Node): Window & typeof globalThis {
  return (node.ownerDocument?.defaultView ?? globalThis) as Window & typeof globalThis;
}
