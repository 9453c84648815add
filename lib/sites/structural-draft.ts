/**
 * An unsent draft the agent saved in the thread (Help Scout's "Draft" item, Gmail's red "Draft" /
 * "Concept" before the text, Outlook's "[Utkast]" reply at the bottom): never a message — the
 * customer has not read it, and counting it would make the thread end on our reply. Known by a
 * `draft` word in the block's own class or data attributes (`is-draft`, `data-thread-type="draft"`),
 * by the block's own label or a label element among its first elements whose whole text is the word
 * "Draft" (in brackets or not; structural-draft-words.json) — a whole element, so a message that
 * speaks of a draft ("the draft contract") is still a message — or, in any language, by text still
 * being written in an editable field of the block: a message sent is never editable.
 */
import { fromWords } from './reader-words';
import { firstElements } from './first-elements';

const DRAFT_LABELS = fromWords((words) => new Set(words.draftLabels));
/** The label sits in the header row, before the text: only the block's first elements are looked at. */
const LABEL_ELEMENTS = 12;
/** What a label is wrapped in: "[Utkast]", "(Draft)", "【下書き】", "Draft:". */
const LABEL_MARKS = /^[\s[(【（]+|[\s\])】）:：]+$/g;
const EDITABLE = '[contenteditable="true"], [contenteditable=""], [role="textbox"], textarea';

/** The blocks without the agent's unsent drafts. */
export function withoutDrafts(blocks: Element[]): Element[] {
  return blocks.filter((block) => !isDraft(block));
}

export function isDraft(block: Element): boolean {
  for (const { name, value } of Array.from(block.attributes)) {
    if (name === 'aria-label' && isLabel(value)) return true;
    if (
      (name === 'class' || name.startsWith('data-')) &&
      value
        .toLowerCase()
        .split(/[^a-z]+/)
        .includes('draft')
    )
      return true;
  }
  if (firstElements(block, LABEL_ELEMENTS).some((element) => !element.firstElementChild && isLabel(element.textContent ?? ''))) return true;
  // An empty reply box beside a message is no draft; text in one is.
  return Array.from(block.querySelectorAll(EDITABLE)).some((field) => /\p{L}/u.test(field.textContent ?? ''));
}

function isLabel(text: string): boolean {
  return DRAFT_LABELS().has(text.replace(LABEL_MARKS, '').toLowerCase());
}
