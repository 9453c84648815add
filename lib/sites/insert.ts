/**
 * Puts reply text into a page's own reply box so that the page's editor registers it as typed
 * input (its draft autosave, character counters and Send button all see it). Nothing here sends.
 * The new text goes on top: whatever the box held (the agent's draft, Gmail's quoted history or
 * signature) stays below it.
 */
import { inputEvent, windowOf } from '@/lib/sites/input-events';
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
