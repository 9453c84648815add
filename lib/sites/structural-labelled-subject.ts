/**
 * A subject the page shows as "label: value" in plain text above the conversation, with no markup
 * naming it: a topic chip "Onderwerp: Bestelling wijzigen" (a Gladly-like helpdesk, 2026-12-05),
 * "Subject: …", "Betreff: …" (the labels of structural-subject-words.json). A list row beside the
 * conversation and the page's chrome hold other tickets' subjects, not this one's.
 */
import { CHROME } from './generic-selectors';
import { withoutFieldLabel } from './subject-text';
import { singleLine } from './text';

/** Text nodes looked at before the conversation (an inbox list above it can be long). */
const MAX_TEXT_NODES = 2000;
const LIST_ROW = 'li, tr, [role="option"], [role="row"]';

export function labelledSubject(doc: Document, firstBlock: Element): string {
  if (!doc.body) return '';
  // Up to the conversation's container (a contains() per text, not a document-order comparison: on a long page that is slow).
  const conversation = firstBlock.parentElement ?? firstBlock;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let seen = 0; seen < MAX_TEXT_NODES && walker.nextNode(); seen++) {
    const node = walker.currentNode;
    if (conversation.contains(node)) break;
    const lead = singleLine(node.nodeValue, 40);
    if (withoutFieldLabel(lead) === lead) continue;
    // "Onderwerp: Bestelling wijzigen" in one text, or the label in its own element before the value.
    let element = node.parentElement;
    if (element && !withoutFieldLabel(singleLine(element.textContent, 300))) element = element.parentElement;
    if (!element || element.closest(`${CHROME}, ${LIST_ROW}, [hidden]`)) continue;
    const text = withoutFieldLabel(singleLine(element.textContent, 300));
    if (text.length >= 3) return text;
  }
  return '';
}
