/**
 * An unsent reply shown in the conversation (Gmail's row marked "Concept"/"Draft" under the last
 * message, 2026-12-05) is not a message: nobody has read it, and counting it would make us the last
 * to write. Known by a small inline label whose whole text is a draft word (structural-draft-words.json,
 * nine languages) that stands apart from any sentence, not by the word inside the text: a customer
 * may write "draft".
 */
import { draftLabels } from './structural-draft-words.json';

const DRAFT = new Set(draftLabels);
/** Labels are short inline elements in a row's header. */
const LABEL = 'span, b, strong, em, i, font, small, mark, label';
/** A label sits in the row's first elements, before its text. */
const MAX_LABELS = 20;
const MAX_LABEL_CHARS = 20;

/** The blocks without the unsent drafts among them. */
export function withoutDrafts(blocks: Element[]): Element[] {
  return blocks.filter((block) => !isDraft(block));
}

function isDraft(block: Element): boolean {
  const labels = block.querySelectorAll(LABEL);
  for (let index = 0; index < labels.length && index < MAX_LABELS; index++) {
    const label = labels[index]!;
    if (label.childElementCount > 0) continue;
    const text = (label.textContent ?? '').trim();
    if (text.length <= MAX_LABEL_CHARS && DRAFT.has(text.toLowerCase()) && standsAlone(label)) return true;
  }
  return false;
}

/** A label is no part of a sentence: "<span>Draft</span> of the form attached" is a word of the text. */
function standsAlone(label: Element): boolean {
  const words = (node: ChildNode | null) => node?.nodeType === 3 && /\p{L}/u.test(node.textContent ?? '');
  return !words(label.previousSibling) && !words(label.nextSibling);
}
