/**
 * A chat pane heads its conversation with the other member's name ("retro_kamera_jan", "Léa
 * Bernard") even when a subject line under it says what the conversation is about ("Andere Frage
 * zum Artikel: …"). When no message names its author, the first heading of the messages' pane
 * (their list's parent), above them, names the customer when it reads as a person's name or a
 * member handle, or says so ("Conversation with beto.gdl77").
 */
import type { Person } from '@/lib/schemas/ticket';
import { HEADING } from './generic-selectors';
import { singleLine } from './single-line';
import { customerFromTitle } from './structural-title-name';
import { partnerIn } from './structural-member-heading';

export function customerFromHeading(list: Element | null, messages: ReadonlyArray<{ author: Person }>): Person | null {
  const heading = list?.parentElement?.querySelector(HEADING);
  // `Node.DOCUMENT_POSITION_FOLLOWING` (4): the messages come after the heading.
  if (!heading || list!.contains(heading) || !(heading.compareDocumentPosition(list!) & 4) || heading.closest('[hidden]')) return null;
  // "Conversación con beto.gdl77 (214 ★)" names the member after its words.
  const text = singleLine(heading.textContent, 121);
  return customerFromTitle(partnerIn(text) ?? text.slice(0, 61), messages);
}
