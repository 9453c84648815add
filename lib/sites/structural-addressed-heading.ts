/**
 * A heading whose name the reply box is addressed to ("Nachricht an retro_kamera_jan schreiben",
 * "Scrivi un messaggio a giuliaf_1987") names the member a thread is with: a reply is written to a
 * person, never to a subject. Labels and placeholders survive a build that hashes the page's classes
 * (eBay's phone layout, 2026-12-04).
 */
import { EDITABLE } from './generic-selectors';
import { singleLine } from './single-line';
import { escapeRegExp } from './escape-regexp';

/** The feedback score, badges and counts after a member's name: "(214 ★)", "· 99 % positive". */
const AFTER_NAME = /\s*[([·•|].*$/u;
const MIN_NAME = 3;
const MAX_NAME = 120;
const MAX_BOXES = 5;
const LABELS = ['aria-label', 'placeholder', 'aria-placeholder', 'data-placeholder'];

export function addressedInReplyBox(headingText: string, doc: Document): boolean {
  const name = singleLine(headingText, MAX_NAME).replace(AFTER_NAME, '');
  if (name.length < MIN_NAME) return false;
  // The name as a whole word of the label: "Jan" is not addressed in "Januar".
  const named = new RegExp(`(?:^|[^\\p{L}\\p{N}_.-])${escapeRegExp(name)}(?:$|[^\\p{L}\\p{N}_-])`, 'iu');
  const boxes = doc.querySelectorAll(EDITABLE);
  for (let index = 0; index < boxes.length && index < MAX_BOXES; index++)
    for (const label of LABELS) if (named.test(boxes[index]!.getAttribute(label)?.slice(0, 300) ?? '')) return true;
  return false;
}
