/**
 * Which sibling group of a page is its conversation (./generic-blocks.ts): the groups whose members
 * carry sender cues are shortlisted, then weighed by how much their members say beyond their links.
 * Big groups are judged on an even sample of their members (bounded work on 1 MB pages).
 */
import type { SiblingGroup } from './generic-groups';
import { isPreviewList } from './structural-preview-list';
import { inLog } from './structural-log-list';
import { hasSenderCue, isLoneMessage, isPageChrome } from './generic-block-cues';
import { SENDER_CUE } from './generic-selectors';

/** Groups weighed in detail (text length, link share, crowding). */
const SHORTLIST = 12;
/** Members of a big group looked at to judge it. */
const SAMPLE = 24;
/** Sender lines, addresses and times one message shows at most (its own, a quoted post's); more means a layout column holding many. */
const CUES_PER_MESSAGE = 4;
/** Words a block must say beyond its links to count as a message. */
const MIN_OWN_TEXT = 20;
/** Below this a group is a list of short items, not a conversation (two messages of ~60 characters score ~12). */
const MIN_SCORE = 10;

export interface Candidate {
  group: SiblingGroup;
  /** The sampled members that carry a sender cue. */
  cued: Element[];
  /** Share of the sample that is cued. */
  share: number;
}

/** The group most like a conversation; `logged`: the groups are a log's items, messages by the page's word. */
export function bestOf(groups: SiblingGroup[], logged = false): Candidate | null {
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

function linkTextLength(element: Element): number {
  let total = 0;
  const links = element.getElementsByTagName('a');
  for (let index = 0; index < links.length && index < 50; index++) total += (links[index]!.textContent ?? '').trim().length;
  return total;
}
