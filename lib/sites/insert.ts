/**
 * Puts reply text into a page's own reply box so that the page's editor registers it as typed
 * input (its draft autosave, character counters and Send button all see it). Nothing here sends.
 * The new text goes on top: whatever the box held (the agent's draft, Gmail's quoted history or
 * signature) stays below it.
 */

/** How long a site gets to open its reply box after a click. */
export const REPLY_BOX_TIMEOUT_MS = 3000;

type TextField = HTMLTextAreaElement | HTMLInputElement;

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
export function insertIntoEditable(editable: HTMLElement, text: string): boolean {
  try {
    const doc = editable.ownerDocument;
    const before = editable.textContent ?? '';
    editable.focus();
    const selection = doc.getSelection();
    const range = doc.createRange();
    range.setStart(editable, 0);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
    if (typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text) && grew(editable, before, text)) {
      return true;
    }
    const announced = editable.dispatchEvent(inputEvent(editable, 'beforeinput', text, true));
    if (!announced && grew(editable, before, text)) return true;
    const last = insertLines(editable, text);
    range.setStartAfter(last);
    range.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(range);
    editable.dispatchEvent(inputEvent(editable, 'input', text));
    return grew(editable, before, text);
  } catch {
    return false;
  }
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

/** Resolves with what `find` returns once it is not null, or null after `timeoutMs`. */
export function waitFor<T>(doc: Document, find: () => T | null, timeoutMs = REPLY_BOX_TIMEOUT_MS): Promise<T | null> {
  return new Promise((resolve) => {
    const found = find();
    if (found) return resolve(found);
    const win = doc.defaultView;
    if (!win) return resolve(null);
    const finish = (value: T | null) => {
      observer.disconnect();
      win.clearInterval(poll);
      win.clearTimeout(deadline);
      resolve(value);
    };
    const check = () => {
      const value = find();
      if (value) finish(value);
    };
    const observer = new win.MutationObserver(check);
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true });
    // Mutations inside shadow roots and style-only changes do not reach the observer: poll too.
    const poll = win.setInterval(check, 100);
    const deadline = win.setTimeout(() => finish(null), timeoutMs);
  });
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
function grew(editable: HTMLElement, before: string, text: string): boolean {
  const now = (editable.textContent ?? '').replace(/\u00a0/g, ' ');
  const firstLine = text.split('\n').find((line) => line.trim())?.trim().slice(0, 60) ?? '';
  return now.length > before.length && now.includes(firstLine);
}

function inputEvent(target: Element, type: 'input' | 'beforeinput', data: string, cancelable = false): Event {
  return new (windowOf(target).InputEvent)(type, { bubbles: true, cancelable, inputType: 'insertText', data });
}

function windowOf(node: Node): Window & typeof globalThis {
  return (node.ownerDocument?.defaultView ?? globalThis) as Window & typeof globalThis;
}
