/**
 * Marks a block carries that say it is ours, whoever wrote it: a teammate's private or internal
 * comment ("🔒 Private comment", "Commentaire privé", a lock icon labelled "Private") and a mail
 * card's direction ("↗ Outgoing"). Read from the block's header words and from its icons' labels
 * (aria-label, title, alt of an element that shows no words); phrases as data
 * (structural-our-marks-words.json, nine languages).
 */
import { internal, outgoing } from './structural-our-marks-words.json';
import { phrases } from './structural-phrases';

const IN_HEADER = phrases([...internal, ...outgoing]);
const ON_ICON = phrases(internal);
/** A lock (🔒, 🔐) opening the header: the helpdesks' sign of a message the customer does not see. */
const LOCK = /[\u{1F512}\u{1F510}]/u;
const LABELLED = '[aria-label], [title], img[alt]';
const MAX_ICONS = 8;
const MAX_LABEL = 60;

/** `header`: the block's words above its text, lower case (generic-message.ts). */
export function marksOurs(block: Element, header: string): boolean {
  if (IN_HEADER.test(header) || LOCK.test(header)) return true;
  const labelled = block.querySelectorAll(LABELLED);
  for (let index = 0; index < labelled.length && index < MAX_ICONS; index++) {
    const icon = labelled[index]!;
    // An element with words of its own is a button or a link ("Add private note"), not a mark.
    if (/\p{L}/u.test(icon.textContent ?? '')) continue;
    const said = (icon.getAttribute('aria-label') || icon.getAttribute('title') || icon.getAttribute('alt') || '').slice(0, MAX_LABEL);
    if (ON_ICON.test(said.trim()) && said.trim().split(/\s+/).length <= 3) return true;
  }
  return false;
}
