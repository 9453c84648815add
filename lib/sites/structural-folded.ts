/**
 * Long threads fold their older messages into one expander ("24 older messages", a bubble showing
 * only "24" with "24 mensajes más antiguos" as its label). It is a count, not a message: the customer
 * never wrote "24". An unsigned block is one when it is a button or holds one and shows only a number,
 * in any language, or when its short text or label says so (structural-folded-words.json: en, de,
 * fr, es, it, nl, pt, ko, ja, cs, pl, sv, da, no; 2026-12-05). It is left out and its number counted, so the ticket says
 * "n earlier messages".
 */
import type { GenericMessage } from './generic-message';
import { readGenericMessage } from './generic-message';
import { phrases } from './structural-phrases';
import { singleLine } from './single-line';
import { fromWords } from './reader-words';

const FOLDED = fromWords((words) => phrases(words.foldedMessages));
/** An expander's text is a number and a few words; a longer block is a message. */
const MAX_TEXT = 60;
const BUTTON = 'button, [role="button"]';
const NUMBER = /\d[\d.,]*/;

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
  const button = block.matches(BUTTON) ? block : block.querySelector(BUTTON);
  const label = [block, button, block.querySelector('[aria-label], [title]')]
    .map((element) => element?.getAttribute('aria-label') || element?.getAttribute('title') || '')
    .join(' ');
  const only = button && /^[+(]?\d[\d.,]*\)?$/.test(text);
  const said = only ? text : [text, label].find((line) => FOLDED().test(line));
  const number = said && (NUMBER.exec(said) ?? NUMBER.exec(text));
  return number ? Number(number[0].replace(/\D/g, '')) : null;
}
