/**
 * Finds the message blocks of a conversation on a page no adapter knows: the sibling group
 * (generic-groups.ts) whose members carry sender lines, addresses or times and say the most
 * (./generic-best-group.ts), with the opening message a page sets apart from the replies.
 */
import type { BlockKind } from './generic-block-kind';
import { siblingGroups } from './generic-groups';
import { withShownMessage } from './structural-shown-message';
import { mailAroundQuotes } from './structural-quote-headers';
import { withOtherSide } from './generic-chat-sides';
import { fromLeadingKin } from './generic-leading-kin';
import { inLog } from './structural-log-list';
import { firstClass, sameBodyKind } from './structural-opening-body';
import { otherSideTest } from './structural-timed-side';
import { bestOf } from './generic-best-group';
import { hasSenderCue, leadingText } from './generic-block-cues';

export type { BlockKind } from './generic-block-kind';
// Read by the message and author readers under this file's name.
export { hasSenderCue, leadingText } from './generic-block-cues';

/** Lone blocks looked at when no group of several qualifies. */
const MAX_LONE = 50;
/** The newest messages read: a longer conversation is read from its end. */
const MAX_BLOCKS = 200;
/** Elements before the replies' list looked at for the opening message. */
const OPENING_STEPS = 3;

export interface MessageBlocks {
  blocks: Element[];
  kind: BlockKind;
}

/** The conversation on the page, or inside `root` when the site says where it usually sits. */
export function findMessageBlocks(doc: Document, root: Element | null = doc.body): MessageBlocks | null {
  const body = root;
  if (!body) return null;
  const groups = siblingGroups(body);
  // A log's items without sender lines are read only when no conversation shows its senders; a
  // lone message only on a page without a conversation of several.
  const best =
    bestOf(groups) ??
    bestOf(
      groups.filter(({ members }) => inLog(members[0]!)),
      true,
    ) ??
    bestOf(siblingGroups(body, true).slice(0, MAX_LONE));
  if (!best) return null;
  const { group, share } = best;
  const recent = withOtherSide(group.members, otherSideTest(group.members, hasSenderCue)).slice(-MAX_BLOCKS * 2);
  // Mostly cued: the uncued after the first cued are follow-ups; those before it are not messages, unless of a follow-up's kind.
  const firstCued = recent.findIndex(hasSenderCue);
  const blocks = share >= 0.5 ? fromLeadingKin(recent, firstCued, hasSenderCue) : recent.filter(hasSenderCue);
  const opening = openingMessage(group.members);
  const ordered = opening.length > 0 ? [...opening, ...blocks] : (withShownMessage(blocks, leadingText) ?? blocks);
  // Quote headers inside one mail are not its conversation: the mail is (./structural-quote-headers.ts).
  const mail = mailAroundQuotes(ordered);
  return mail ? { blocks: [mail], kind: 'repeated' } : { blocks: ordered.slice(-MAX_BLOCKS), kind: group.kind };
}

/**
 * The opening message a page sets apart from the replies (Freshdesk's original request, a forum's
 * first post): an element just before the replies' list, of the replies' own kind (or with a body of
 * their bodies' kind: ./structural-opening-body.ts) and with a sender.
 */
function openingMessage(members: Element[]): Element[] {
  const list = members[0]!.parentElement;
  const first = members[0]!;
  let candidate = list?.previousElementSibling ?? null;
  for (let step = 0; candidate && step < OPENING_STEPS; step++, candidate = candidate.previousElementSibling) {
    const sameKind = firstClass(candidate) !== '' && firstClass(candidate) === firstClass(first);
    if (candidate.localName === first.localName && (sameKind || sameBodyKind(candidate, first)) && hasSenderCue(candidate))
      return [candidate];
  }
  return [];
}
