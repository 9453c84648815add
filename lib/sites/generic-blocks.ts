/**
 * Finds the message blocks of a conversation on a page no adapter knows: the sibling group
 * (generic-groups.ts) whose members carry sender lines, addresses or times and say the most. The
 * work is bounded for 1 MB and hostile pages: big groups are judged on an even sample of their
 * members, and only the best few groups are weighed in detail.
 */
import type { BlockKind } from './generic-block-kind';
import { siblingGroups, type SiblingGroup } from './generic-groups';
import { isPreviewList } from './structural-preview-list';
import { hasFallbackCue } from './structural-sender-fallbacks';
import { withShownMessage } from './structural-shown-message';
import { mailAroundQuotes } from './structural-quote-headers';
import { withOtherSide } from './generic-chat-sides';
import { fromLeadingKin } from './generic-leading-kin';
import { inLog } from './structural-log-list';
import { firstClass, sameBodyKind } from './structural-opening-body';
import { otherSideTest } from './structural-timed-side';
import { CHROME, MAIL_CUE, MAIN_CONTENT, PAGE_HEADER, SENDER_CUE } from './generic-selectors';

export type { BlockKind } from './generic-block-kind';

/** Groups weighed in detail (text length, link share, crowding). */
const SHORTLIST = 12;
/** Lone blocks looked at when no group of several qualifies. */
const MAX_LONE = 50;
/** Members of a big group looked at to judge it. */
const SAMPLE = 24;
/** The newest messages read: a longer conversation is read from its end. */
const MAX_BLOCKS = 200;
/** Elements before the replies' list looked at for the opening message. */
const OPENING_STEPS = 3;
/** Sender lines, addresses and times one message shows at most (its own, a quoted post's); more means a layout column holding many. */
const CUES_PER_MESSAGE = 4;
/** Words a block must say beyond its links to count as a message. */
const MIN_OWN_TEXT = 20;
/** Below this a group is a list of short items, not a conversation (two messages of ~60 characters score ~12). */
const MIN_SCORE = 10;
/** How far into a block its sender line may sit. */
const HEADER_CHARS = 400;
const EMAIL_IN_HEADER = /[^\s@<>]+@[^\s@<>]+\.[a-z]{2,24}/i;

export interface MessageBlocks {
  blocks: Element[];
  kind: BlockKind;
}

interface Candidate {
  group: SiblingGroup;
  /** The sampled members that carry a sender cue. */
  cued: Element[];
  /** Share of the sample that is cued. */
  share: number;
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

function bestOf(groups: SiblingGroup[], logged = false): Candidate | null {
  const shortlist = groups
    .map((group) => candidateOf(group, logged))
    .filter((candidate): candidate is Candidate => candidate !== null)
    .filter(({ group, cued }) =>
      group.members.length >= 2
        ? cued.length >= 2 || (cued.length === 1 && inLog(cued[0]!))
        : cued.length === 1 && isLoneMessage(group.members[0]!),
    )
    .filter(({ group }) => !isPageChrome(group.members[0]!) && !isPreviewList(group.members))
    .sort((a, b) => b.share * b.group.members.length - a.share * a.group.members.length)
    .slice(0, SHORTLIST);
  let best: { candidate: Candidate; score: number } | null = null;
  for (const candidate of shortlist) {
    const score = weighed(candidate);
    const enough = candidate.group.members.length === 1 ? MIN_SCORE / 2 : MIN_SCORE;
    if (score >= enough && (!best || score > best.score)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}

/** `logged`: the group is a log's items (structural-log-list.ts), messages by the page's word. */
function candidateOf(group: SiblingGroup, logged: boolean): Candidate | null {
  try {
    const sample = evenSample(group.members);
    const cued = logged ? sample : sample.filter(hasSenderCue);
    return { group, cued, share: cued.length / sample.length };
  } catch {
    // A member the DOM engine cannot query (a subtree thousands of levels deep in a test DOM) is no message.
    return null;
  }
}

function weighed(candidate: Candidate): number {
  try {
    return weigh(candidate);
  } catch {
    return 0;
  }
}

/**
 * How much a group looks like a conversation: each cued block counts by how much it says beyond
 * its links (inbox lists and topic indexes are mostly links), less when it holds the cues of many
 * messages (a layout column around the conversation); a sampled group counts for all its members.
 */
function weigh({ group, cued, share }: Candidate): number {
  let score = 0;
  for (const member of cued) {
    const own = (member.textContent ?? '').trim().length - linkTextLength(member);
    if (own < MIN_OWN_TEXT) continue;
    const crowd = Math.max(1, member.querySelectorAll(SENDER_CUE).length / CUES_PER_MESSAGE);
    score += Math.log2(1 + Math.min(own, 5000)) / crowd;
  }
  const scale = cued.length > 0 ? (group.members.length * share) / cued.length : 0;
  const bonus = group.kind === 'semantic' ? 1.5 : group.kind === 'named' ? 1.3 : 1;
  return score * scale * bonus;
}

/** Up to SAMPLE members spread evenly over the group, the last one always among them. */
function evenSample(members: Element[]): Element[] {
  if (members.length <= SAMPLE) return members;
  const step = members.length / SAMPLE;
  return Array.from({ length: SAMPLE }, (_, index) => members[Math.min(members.length - 1, Math.floor((index + 1) * step) - 1)]!);
}

/** A sender line, address or time element, or an address written in the block's first words. */
export function hasSenderCue(member: Element): boolean {
  if (member.querySelector(SENDER_CUE) !== null) return true;
  const leading = leadingText(member);
  return EMAIL_IN_HEADER.test(leading) || hasFallbackCue(member, leading);
}

/**
 * One message alone on the page (a contact-form entry, a single e-mail): only when it is marked as
 * a message and shows an address — a blog post's byline is not a customer writing in.
 */
function isLoneMessage(only: Element): boolean {
  return only.querySelector(MAIL_CUE) !== null || EMAIL_IN_HEADER.test(leadingText(only)) || inLog(only);
}

/** The block's first HEADER_CHARS characters, without building the text of all it holds. */
export function leadingText(element: Element): string {
  const walker = element.ownerDocument.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  let text = '';
  while (text.length < HEADER_CHARS && walker.nextNode()) text += `${walker.currentNode.nodeValue ?? ''} `;
  return text.slice(0, HEADER_CHARS);
}

/** Navigation, sidebars, footers, and the page's own header (not a ticket's header in the content). */
export function isPageChrome(element: Element): boolean {
  if (element.closest(CHROME)) return true;
  const header = element.closest(PAGE_HEADER);
  return header !== null && header.parentElement?.closest(MAIN_CONTENT) == null;
}

function linkTextLength(element: Element): number {
  let total = 0;
  const links = element.getElementsByTagName('a');
  for (let index = 0; index < links.length && index < 50; index++) total += (links[index]!.textContent ?? '').trim().length;
  return total;
}
