/**
 * Chat layouts often give the two parties' bubbles different markup: `row--inbound` beside
 * `row--outbound`, the customer's row with an avatar before the bubble, ours without. The sibling
 * grouping (generic-groups.ts) then sees two groups, and the reader kept only one side of the
 * conversation. Once a conversation is found, its parent's other children of the same tag that carry
 * a sender cue of their own (a name, an address, a time) are its messages too, in the page's order.
 * So are children of another tag that announce themselves as messages (a role, an `article`, a
 * class or test id saying post, comment, note…): a helpdesk's team chat posts (`div`) between its
 * mail cards (`article`) are written by the team and belong to the conversation.
 */
import { announcesMessage } from './generic-block-kind';
import { isHidden } from './markup-hidden';

/** Children of the conversation's parent looked at: a chat log longer than this is read from its members alone. */
const MAX_CHILDREN = 2000;

export function withOtherSide(members: Element[], hasSenderCue: (element: Element) => boolean): Element[] {
  const parent = members[0]?.parentElement;
  if (!parent || parent.childElementCount > MAX_CHILDREN) return members;
  const tag = members[0]!.localName;
  const own = new Set(members);
  const all: Element[] = [];
  for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
    if (own.has(child)) all.push(child);
    else if ((child.localName === tag || announcesMessage(child)) && !isHidden(child) && hasSenderCue(child)) all.push(child);
  }
  return all.length === members.length ? members : all;
}
