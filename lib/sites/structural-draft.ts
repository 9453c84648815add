/**
 * An unsent draft the agent saved in the thread (Help Scout's "Draft" item, Gmail's red "Draft" /
 * "Concept" before the text): never a message — the customer has not read it, and counting it would
 * make the thread end on our reply. Known by a `draft` word in the block's own class or data
 * attributes (`is-draft`, `data-thread-type="draft"`) or by a label element among the block's first
 * elements whose whole text is the word "Draft" (eleven languages, structural-draft-words.json) —
 * a whole element, so a message that speaks of a draft ("the draft contract") is still a message.
 */
import { draftLabels } from './structural-draft-words.json';

const DRAFT_LABELS = new Set(draftLabels);
/** The label sits in the header row, before the text: only the block's first elements are looked at. */
const LABEL_ELEMENTS = 12;

/** The blocks without the agent's unsent drafts. */
export function withoutDrafts(blocks: Element[]): Element[] {
  return blocks.filter((block) => !isDraft(block));
}

export function isDraft(block: Element): boolean {
  for (const { name, value } of Array.from(block.attributes)) {
    if (
      (name === 'class' || name.startsWith('data-')) &&
      value
        .toLowerCase()
        .split(/[^a-z]+/)
        .includes('draft')
    )
      return true;
  }
  let seen = 0;
  for (let element = block.firstElementChild; element && seen < LABEL_ELEMENTS; element = nextInOrder(element, block), seen++) {
    if (!element.firstElementChild && DRAFT_LABELS.has((element.textContent ?? '').trim().toLowerCase())) return true;
  }
  return false;
}

/**
 * The element after this one in document order, inside the block: walked by hand rather than with
 * `getElementsByTagName('*')`, which linkedom (the command line's parser) answers with an empty list,
 * and which would list every element of a long message to look at twelve.
 */
function nextInOrder(element: Element, block: Element): Element | null {
  if (element.firstElementChild) return element.firstElementChild;
  for (let at: Element | null = element; at && at !== block; at = at.parentElement) {
    if (at.nextElementSibling) return at.nextElementSibling;
  }
  return null;
}
