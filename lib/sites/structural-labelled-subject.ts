/**
 * A subject the page writes after a subject field label ("Betreff: Artikel beschädigt angekommen",
 * "Oggetto: Informazioni sulla consegna…", "件名：…"; structural-subject-words.json's field labels): a
 * short line just above the conversation, or one of the first message's opening lines. Read from the
 * words, not from the class that named the line (`thread-subject`, `msg__subject`), so it holds on a
 * build that hashes its class names (layout mutations, 2026-12-07). The label is not the subject.
 */
import { fromWords } from './reader-words';
import { singleLine } from './single-line';
import { firstElements } from './first-elements';

const LABELLED = fromWords((words) => new RegExp(`^(?:${words.fieldLabels})\\s*[:：]\\s*(\\S.{2,299})$`, 'iu'));
/** Elements of the first message looked at: its sender line and opening lines, not a quoted mail's headers further down. */
const OPENING_ELEMENTS = 12;
/** Text a first message may show before its subject line: a sender line and time, not a body (a forwarded mail's "Subject:"). */
const MAX_BEFORE = 160;
/** A subject line says little: longer, the element holds more than the line. */
const MAX_LINE = 320;
/** Ancestors of the first message, and elements before each, looked at for the line above the conversation. */
const LEVELS = 3;
const SIBLINGS = 3;

export function labelledSubject(firstBlock: Element, oldestBlock: Element): string {
  const opening = (oldestBlock.textContent ?? '').slice(0, MAX_BEFORE + MAX_LINE);
  for (const element of firstElements(oldestBlock, OPENING_ELEMENTS)) {
    const subject = subjectOf(element);
    const at = subject ? opening.indexOf(element.textContent ?? '') : -1;
    if (at >= 0 && at <= MAX_BEFORE) return subject;
  }
  let level: Element | null = firstBlock;
  for (let depth = 0; level && depth < LEVELS; depth++, level = level.parentElement) {
    let before = level.previousElementSibling;
    for (let step = 0; before && step < SIBLINGS; step++, before = before.previousElementSibling) {
      const subject = subjectOf(before);
      if (subject) return subject;
    }
  }
  return '';
}

function subjectOf(element: Element): string {
  const text = element.textContent ?? '';
  if (text.length > MAX_LINE) return '';
  return LABELLED().exec(singleLine(text, MAX_LINE))?.[1]?.trim() ?? '';
}
