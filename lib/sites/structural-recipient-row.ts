/**
 * An expanded mail header's recipient row without a colon ("til Kikapu Store", "a Marta Gil, Luis",
 * "till Anna"): an addressee label (structural-header-row-words.json), then the people the page marks
 * with their address (an element with `email`, a `mailto:` link). It is the header's, not the message's
 * first line, whoever it names (us or not: the shop's own name is not in a word list).
 */
import { MAIL_CUE } from './generic-selectors';
import { fromWords, phraseAlternation } from './reader-words';
import { singleLine } from './single-line';

const LABEL_FIRST = fromWords((words) => new RegExp(`^(?:${phraseAlternation(words.addresseeLabels)})\\s+\\S`, 'iu'));
/** Addressees looked at in one block. */
const MAX_MARKED = 10;
/** A row longer than this is a sentence, not a header's recipient row. */
const MAX_ROW = 160;

/** The block's recipient rows, each as one line of its text. */
export function recipientRows(block: Element): string[] {
  const rows: string[] = [];
  const marked = block.querySelectorAll(MAIL_CUE);
  for (let index = 0; index < marked.length && index < MAX_MARKED; index++) {
    const row = singleLine(marked[index]!.parentElement?.textContent, MAX_ROW + 1);
    if (row.length <= MAX_ROW && LABEL_FIRST().test(row) && !rows.includes(row)) rows.push(row);
  }
  return rows;
}
