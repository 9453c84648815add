/**
 * The other side of a chat joins the conversation when it carries a sender cue of its own
 * (generic-chat-sides.ts). So does a card shown above the messages — the social post they comment
 * on (its author line, caption and like count), an item card — which is no message. What tells
 * them apart on any layout: in a conversation whose every message shows when it was sent, a
 * message of the other side shows it too. A sibling without a time is then not one of them.
 */
import { TIMESTAMP } from './generic-selectors';

/** Members looked at to tell whether the conversation's messages are timed. */
const MAX_MEMBERS = 24;

/** The test a sibling of `members` must pass to join them as the other side's message. */
export function otherSideTest(members: Element[], hasSenderCue: (element: Element) => boolean): (element: Element) => boolean {
  const timed = members.length > 0 && members.slice(-MAX_MEMBERS).every(isTimed);
  return timed ? (element) => isTimed(element) && hasSenderCue(element) : hasSenderCue;
}

function isTimed(element: Element): boolean {
  return element.querySelector(TIMESTAMP) !== null;
}
