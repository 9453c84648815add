/**
 * Helpdesks and marketplaces show a message machine-translated into the agent's language under a
 * note ("Automatisch aus dem Polnischen übersetzt", "Translated from Spanish"): UI words, not the
 * customer's. The note is left out when it is the message's first short line
 * (structural-translation-words.json); the same words further in are the customer's own.
 */
import { fromWords } from './reader-words';
import { phrases } from './structural-phrases';

const NOTE = fromWords((words) => phrases(words.translationNotes));
/** A note is a short line; a longer first line is the message's. */
const MAX_NOTE = 80;

export function withoutTranslationNote(text: string): string {
  const lineEnd = text.indexOf('\n');
  if (lineEnd < 0 || lineEnd > MAX_NOTE || !NOTE().test(text.slice(0, lineEnd))) return text;
  return text.slice(lineEnd + 1).trim();
}
