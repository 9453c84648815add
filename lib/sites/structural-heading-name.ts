/**
 * A chat pane heads its conversation with the other member's name ("retro_kamera_jan", "Léa
 * Bernard") even when a subject line under it says what the conversation is about ("Andere Frage
 * zum Artikel: …"). When no message names its author, a heading in the conversation's pane, above
 * the messages, that reads as a person's name or a member handle names the customer.
 */
import type { Person } from '@/lib/schemas/ticket';
import { HEADING } from './generic-selectors';
import { singleLine } from './text';
import { namesSomeone } from './structural-title-name';

/** Ancestors of the messages' list looked at for its pane: the nearest that holds a heading decides. */
const PANE_LEVELS = 3;
const MAX_HEADINGS = 5;
const MAX_NAME = 60;
/** `Node.DOCUMENT_POSITION_FOLLOWING`: the messages come after the heading. */
const FOLLOWING = 4;

export function customerFromHeading(list: Element | null, messages: ReadonlyArray<{ author: Person }>): Person | null {
  if (!list || messages.some(({ author }) => author.name || author.email)) return null;
  let pane = list.parentElement;
  for (let level = 0; pane && level < PANE_LEVELS; level++, pane = pane.parentElement) {
    const headings = pane.querySelectorAll(HEADING);
    let above = 0;
    for (let index = 0; index < headings.length && above < MAX_HEADINGS; index++) {
      const heading = headings[index]!;
      if (list.contains(heading) || !(heading.compareDocumentPosition(list) & FOLLOWING) || heading.closest('[hidden]')) continue;
      above++;
      const text = singleLine(heading.textContent, MAX_NAME + 1);
      if (text.length <= MAX_NAME && namesSomeone(text)) return { name: text.replace(/^@/, '') };
    }
    if (above > 0) return null;
  }
  return null;
}
