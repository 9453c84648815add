/**
 * The original message a newest-first page sets apart below its replies: a table-layout helpdesk
 * (Jitbit-like, 2026-12-07) lists the replies newest on top and shows the ticket's first message in a
 * block of its own under them ("Original message"). It is read as the thread's oldest message when,
 * within a few elements after the replies' list, an element of the replies' own kind (tag and class)
 * shows a sender and a time older than every reply's: what sits below a list and is older than all of
 * it is where the conversation began, never a draft or another ticket (those are not older).
 */
import type { MessageBlocks } from './generic-blocks';
import { hasSenderCue } from './generic-blocks';
import { signature } from './generic-block-signature';
import { readGenericMessage } from './generic-message';

/** Elements after the replies' list looked at, and levels climbed from the list (a row's `tbody`, its `table`). */
const STEPS_AFTER = 3;
const LEVELS_UP = 2;
/** Elements of the replies' tag looked at inside one element after the list. */
const MAX_LOOKED_AT = 20;

export function withOriginalBelow(found: MessageBlocks | null): MessageBlocks | null {
  const last = found?.blocks.at(-1);
  if (!found || !last) return found;
  const times = found.blocks.map(timeOf).filter((time): time is number => time !== undefined);
  if (times.length === 0) return found;
  const kind = signature(last);
  let list: Element | null = last.parentElement;
  for (let level = 0; list && level < LEVELS_UP; level++, list = list.parentElement) {
    let after = list.nextElementSibling;
    for (let step = 0; after && step < STEPS_AFTER; step++, after = after.nextElementSibling) {
      const original = ofKind(after, last.localName, kind);
      const time = original && hasSenderCue(original) ? timeOf(original) : undefined;
      if (original && time !== undefined && time < Math.min(...times)) return { ...found, blocks: [...found.blocks, original] };
    }
  }
  return found;
}

function ofKind(element: Element, tag: string, kind: string): Element | null {
  if (signature(element) === kind) return element;
  const inside = Array.from(element.querySelectorAll(tag)).slice(0, MAX_LOOKED_AT);
  return inside.find((candidate) => signature(candidate) === kind) ?? null;
}

function timeOf(block: Element): number | undefined {
  const sentAt = readGenericMessage(block)?.sentAt;
  const time = sentAt ? Date.parse(sentAt) : Number.NaN;
  return Number.isNaN(time) ? undefined : time;
}
