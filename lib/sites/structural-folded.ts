/**
 * Long threads fold their older messages into one expander ("24 older messages", "24 mensajes más
 * antiguos", a bubble showing only "24"). It is a count, not a message: the customer never wrote
 * "24". An unsigned block whose short text or label (`aria-label`, `title`, tooltip) says so in one of
 * nine languages (structural-folded-words.json) is left out and its number counted, so the ticket
 * says "n earlier messages".
 */
import type { GenericMessage } from './generic-message';
import { readGenericMessage } from './generic-message';
import { phrases } from './structural-phrases';
import { singleLine } from './text';
import words from './structural-folded-words.json';

const FOLDED = phrases(words.foldedMessages);
/** An expander's text is a number and a few words; a longer block is a message. */
const MAX_TEXT = 60;
const LABELLED = '[aria-label], [title], [data-tooltip]';
const MAX_LABELLED = 5;

/** The blocks' messages without the expanders among them, and how many messages those fold. */
export function readWithoutFolded(blocks: Element[]): { read: GenericMessage[]; folded: number } {
  const read: GenericMessage[] = [];
  let folded = 0;
  for (const block of blocks) {
    const message = readGenericMessage(block);
    // An expander that is only a button has no text the reader keeps: it is counted all the same.
    const count = message?.author.name || message?.author.email ? null : foldedCount(block);
    if (count !== null) folded += count;
    else if (message) read.push(message);
  }
  return { read, folded };
}

/** The number of messages an expander folds, or null when the block is not one. */
export function foldedCount(block: Element): number | null {
  const text = singleLine(block.textContent, MAX_TEXT + 1);
  if (text.length > MAX_TEXT) return null;
  const labels = [text, ...[block, ...Array.from(block.querySelectorAll(LABELLED)).slice(0, MAX_LABELLED)].flatMap(labelsOf)];
  const said = labels.find((label) => FOLDED.test(label));
  if (!said) return null;
  const number = /\d[\d.,]*/.exec(said) ?? /\d[\d.,]*/.exec(text);
  return number ? Number(number[0].replace(/\D/g, '')) : null;
}

function labelsOf(element: Element): string[] {
  return ['aria-label', 'title', 'data-tooltip'].map((name) => singleLine(element.getAttribute(name), 200)).filter(Boolean);
}
