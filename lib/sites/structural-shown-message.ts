/**
 * A message view that shows one message in full with its earlier messages listed below it (My
 * eBay's preview pane, a mail client's reading pane with the history under the open message): the
 * list of earlier messages is what the sibling groups find, and the message shown in full — a
 * header with its sender and a body, just before that list — is a message of the same
 * conversation. Which end of the conversation it is comes from the list's times: below a message,
 * a history whose times go back is newest first (the shown message is the newest, as in mail);
 * one whose times go forward is the replies under an opening post (the shown message is the
 * first). Without times, a mail-style "From:" header on the shown message means mail's order.
 *
 * The shown message is read from a detached copy of its header and body (never put in the page),
 * so the list below it is not read twice.
 */
import { BODY, SENDER_CUE } from './generic-selectors';
import { headerRow } from './structural-header-row';
import { fallbackTime } from './structural-sender-fallbacks';
import { isoTime } from './time';

/** Siblings before the list looked at for the shown message's body and header. */
const STEPS = 4;
/** A body says at least this much. */
const MIN_BODY = 40;

/** The blocks in reading order with the shown message in its place, or null when there is none. */
export function withShownMessage(blocks: Element[], leadingText: (element: Element) => string): Element[] | null {
  const list = blocks[0]?.parentElement;
  if (!list || blocks.some((block) => block.parentElement !== list)) return null;
  const body = bodyBefore(list);
  if (!body) return null;
  const header = headerBefore(body, leadingText);
  if (!header) return null;
  const shown = detachedCopy(header.element, body);
  const order = timeOrder(blocks, leadingText);
  const newestFirst = order === 'back' || (order === null && header.mailStyle);
  return newestFirst ? [...blocks].reverse().concat(shown) : [shown, ...blocks];
}

function bodyBefore(list: Element): Element | null {
  let sibling = list.previousElementSibling;
  for (let step = 0; sibling && step < STEPS; step++, sibling = sibling.previousElementSibling) {
    if (sibling.hasAttribute('hidden')) continue;
    if (sibling.matches(BODY) && (sibling.textContent ?? '').trim().length >= MIN_BODY) return sibling;
  }
  return null;
}

/** The element before the body that names its sender: a "From:" row, a sender line, an address or a time. */
function headerBefore(body: Element, leadingText: (element: Element) => string): { element: Element; mailStyle: boolean } | null {
  let sibling = body.previousElementSibling;
  for (let step = 0; sibling && step < STEPS; step++, sibling = sibling.previousElementSibling) {
    if (headerRow(leadingText(sibling).replace(/\s+/g, ' ').trim())) return { element: sibling, mailStyle: true };
    if (sibling.querySelector(SENDER_CUE) !== null && !sibling.querySelector('button, input, textarea'))
      return { element: sibling, mailStyle: false };
  }
  return null;
}

function detachedCopy(header: Element, body: Element): Element {
  const copy = body.ownerDocument.createElement('div');
  for (let element: Element | null = header; element; element = element.nextElementSibling) {
    copy.append(element.cloneNode(true));
    if (element === body) break;
  }
  return copy;
}

/** Whether the list's times go back ('back') or forward ('forward'), or null when they do not all show. */
function timeOrder(blocks: Element[], leadingText: (element: Element) => string): 'back' | 'forward' | null {
  const times = blocks.map((block) => {
    const time =
      fallbackTime(block, leadingText(block).replace(/\s+/g, ' ').trim()) ?? isoTime(block.querySelector('time')?.getAttribute('datetime'));
    return time ? Date.parse(time) : Number.NaN;
  });
  if (times.length < 2 || times.some(Number.isNaN)) return null;
  if (times.every((time, index) => index === 0 || time <= times[index - 1]!)) return 'back';
  if (times.every((time, index) => index === 0 || time >= times[index - 1]!)) return 'forward';
  return null;
}
