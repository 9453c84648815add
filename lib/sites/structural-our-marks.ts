/**
 * An icon that says a block is ours: a lock or a badge with no words of its own, labelled
 * "Private", "Interne", "비공개" (aria-label or title). The same marks written in a block's header
 * ("🔒 Private comment", "↗ Outgoing") are read with the other agent labels (structural-words.json,
 * nine languages).
 */
import { phrases } from './structural-phrases';
import { fromWords } from './reader-words';

export const AGENT_LABEL = fromWords((words) => phrases(words.agentLabels));

export function iconSaysOurs(block: Element): boolean {
  // An element with words of its own is a button or a link ("Add private note"), not a mark.
  for (const icon of Array.from(block.querySelectorAll('[aria-label], [title]')).slice(0, 8))
    if (
      !/\p{L}/u.test(icon.textContent ?? '') &&
      AGENT_LABEL().test((icon.getAttribute('aria-label') || icon.getAttribute('title') || '').slice(0, 40))
    )
      return true;
  return false;
}
