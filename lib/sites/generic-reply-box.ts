/**
 * The reply box of a page no adapter knows: the editable field the agent is in (focus stays on
 * the page's field while the agent clicks in the side panel), else the largest visible one —
 * a reply box is the biggest field on a ticket page — and, among equals, the last on the page,
 * where reply boxes sit under the conversation.
 */
import { EDITABLE, NOT_A_REPLY_BOX } from './generic-selectors';
import { insertIntoField, insertIntoReplyBox } from '@/lib/sites/insert';
import { insertIntoEditable } from '@/lib/sites/insert-editable';
import { isShown } from './visibility';

const MAX_FIELDS = 200;
const LABELS = ['name', 'id', 'placeholder', 'aria-label', 'type', 'autocomplete'];

export function findGenericReplyBox(doc: Document): HTMLElement | null {
  try {
    const focused = editableRoot(doc.activeElement);
    if (focused && isUsable(focused)) return focused;
    const fields = Array.from(doc.querySelectorAll<HTMLElement>(EDITABLE)).slice(0, MAX_FIELDS);
    let best: HTMLElement | null = null;
    let bestArea = -1;
    for (const field of new Set(fields.map(editableRoot))) {
      if (!field || !isUsable(field)) continue;
      const { width, height } = field.getBoundingClientRect();
      if (width * height >= bestArea) [best, bestArea] = [field, width * height];
    }
    return best;
  } catch {
    return null;
  }
}

export function insertGenericReply(doc: Document, text: string): Promise<boolean> {
  return insertIntoReplyBox(doc, text, {
    findBox: findGenericReplyBox,
    // A generic page has no known control that opens its reply box.
    findOpener: () => null,
    insert: (box, value) => (isTextField(box) ? insertIntoField(box, value) : insertIntoEditable(box, value)),
  });
}

/** A textarea, or the outermost element of a contenteditable region. */
function editableRoot(element: Element | null): HTMLElement | null {
  if (!element) return null;
  if (isTextField(element)) return element;
  if (!isEditable(element)) return null;
  let root = element as HTMLElement;
  while (root.parentElement && isEditable(root.parentElement)) root = root.parentElement;
  return root;
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

function isTextField(element: Element): element is HTMLTextAreaElement {
  return element.localName === 'textarea';
}

function isUsable(field: HTMLElement): boolean {
  if (field.hasAttribute('disabled') || field.hasAttribute('readonly') || field.getAttribute('aria-hidden') === 'true') return false;
  if (field.getAttribute('aria-readonly') === 'true' || field.getAttribute('aria-disabled') === 'true') return false;
  const labels = LABELS.map((name) => (field.getAttribute(name) ?? '').slice(0, 200)).join(' ');
  return !NOT_A_REPLY_BOX.test(labels) && isShown(field);
}
