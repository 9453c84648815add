/**
 * A list that offers to load its earlier messages ("Load earlier messages", "Ältere Nachrichten
 * laden") is a conversation shown from its end, never a list of conversations to choose from
 * (./structural-preview-list.ts). Its button says so in the words of an expander that folds older
 * messages (structural-folded-words.json).
 */
import { phrases } from './structural-phrases';
import { singleLine } from './single-line';
import { fromWords } from './reader-words';

const EARLIER = fromWords((words) => phrases(words.foldedMessages));
const BUTTON = 'button, [role="button"]';
/** Buttons of a list looked at, and the words of one read. */
const MAX_BUTTONS = 20;
const MAX_TEXT = 120;

export function offersEarlierMessages(list: Element): boolean {
  const buttons = list.querySelectorAll(BUTTON);
  for (let index = 0; index < buttons.length && index < MAX_BUTTONS; index++) {
    const button = buttons[index]!;
    const said = `${singleLine(button.textContent, MAX_TEXT)} ${button.getAttribute('aria-label') ?? ''}`;
    if (EARLIER().test(said.slice(0, 2 * MAX_TEXT))) return true;
  }
  return false;
}
