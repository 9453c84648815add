/**
 * An unsent draft the agent saved in the thread (Help Scout's "Draft" item, Gmail's red "Draft" /
 * "Concept" before the text): never a message — the customer has not read it, and counting it would
 * make the thread end on our reply. Known by a `draft` word in the block's own class or data
 * attributes (`is-draft`, `data-thread-type="draft"`) or by a label element among the block's first
 * elements whose whole text is the word "Draft" (eleven languages, structural-draft-words.json) —
 * a whole element, so a message that speaks of a draft ("the draft contract") is still a message.
 */
import { fromWords } from './reader-words';
import { firstElements } from './first-elements';

const DRAFT_LABELS = fromWords((words) => new Set(words.draftLabels));
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
  return firstElements(block, LABEL_ELEMENTS).some(
    (element) => !element.firstElementChild && DRAFT_LABELS().has((element.textContent ?? '').trim().toLowerCase()),
  );
}
