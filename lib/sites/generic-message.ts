/**
 * Reads one message block found by generic-blocks.ts: who wrote it (sender line, `mailto:` link,
 * an address in the header), when (`time`, `datetime`, date-named elements) and its text (the
 * element the page marks as the body, else the block without its header lines).
 */
import type { Person } from '@/lib/schemas/ticket';
import { leadingText } from './generic-blocks';
import { BODY, MAILTO, SENDER, TIMESTAMP } from './generic-selectors';
import { emailAddress, person } from './people';
import { readableText, singleLine } from './text';
import { isoTime } from './time';

export interface GenericMessage {
  author: Person;
  sentAt?: string;
  text: string;
  /** Class words of the block (agent, outgoing, customer, …) that may tell who wrote it. */
  classWords: Set<string>;
}

const EMAIL_IN_TEXT = /[^\s@<>()[\]",;:]{1,64}@[^\s@<>()[\]",;:]{1,190}\.[a-z]{2,24}/i;
/** Words around a sender's name that are not the name: "Jane wrote:", "From: Jane", "by Jane". */
const NOT_THE_NAME = /^(?:from|von|de|by|posted by|reply from|antwort von)\s*:?\s+|\s+(?:wrote|schrieb|a écrit|escribió|replied|said)\s*:?$|<[^>]*>|\([^)]*@[^)]*\)/gi;
/** A sender line written out: `Jane Doe <jane@example.com>` (the name is what precedes the address). */
const NAME_BEFORE_ADDRESS = /(?:^|[·|•:])\s*"?([^"<>·|•:@\s][^"<>·|•:@]{1,79}?)"?\s*<[^<>\s@]{1,64}@[^<>\s]{1,190}>/;
const HEADER_LINES = 4;
const MAX_CANDIDATES = 20;

export function readGenericMessage(block: Element): GenericMessage | null {
  const sender = block.querySelector(SENDER);
  const mailto = block.querySelector(MAILTO);
  const text = bodyText(block, sender);
  if (!text) return null;
  const sentAt = readTime(block);
  return {
    author: readAuthor(block, sender, mailto),
    ...(sentAt ? { sentAt } : {}),
    text,
    classWords: classWordsOf(block),
  };
}

function readAuthor(block: Element, sender: Element | null, mailto: Element | null): Person {
  const fromLink = emailAddress(mailto?.getAttribute('href')?.slice(7, 300).split('?')[0]);
  const senderText = singleLine(sender?.getAttribute('data-author') || sender?.textContent, 300);
  const email = fromLink ?? emailAddress(EMAIL_IN_TEXT.exec(senderText)?.[0]) ?? emailAddress(EMAIL_IN_TEXT.exec(leadingText(block))?.[0]);
  let name = senderText.replace(NOT_THE_NAME, ' ').replace(EMAIL_IN_TEXT, ' ');
  if (!singleLine(name) && mailto) name = singleLine(mailto.textContent).replace(EMAIL_IN_TEXT, ' ');
  if (!singleLine(name) && !sender) name = NAME_BEFORE_ADDRESS.exec(leadingText(block))?.[1] ?? '';
  return person(name, email);
}

function readTime(block: Element): string | undefined {
  const stamps = block.querySelectorAll(TIMESTAMP);
  for (let index = 0; index < stamps.length && index < MAX_CANDIDATES; index++) {
    const stamp = stamps[index]!;
    const sentAt =
      isoTime(stamp.getAttribute('datetime')?.slice(0, 100)) ?? isoTime(stamp.getAttribute('title')?.slice(0, 100)) ?? isoTime(singleLine(stamp.textContent, 100));
    if (sentAt) return sentAt;
  }
  return undefined;
}

/**
 * The element the page marks as the body when it holds most of the block's words; otherwise the
 * block's text without the header lines that repeat the sender and the time.
 */
function bodyText(block: Element, sender: Element | null): string {
  const total = (block.textContent ?? '').length;
  let best: Element | null = null;
  let bestLength = 0;
  const candidates = block.querySelectorAll(BODY);
  for (let index = 0; index < candidates.length && index < MAX_CANDIDATES; index++) {
    const candidate = candidates[index]!;
    if (sender && (candidate.contains(sender) || sender.contains(candidate))) continue;
    const length = (candidate.textContent ?? '').length;
    if (length > bestLength) [best, bestLength] = [candidate, length];
  }
  if (best && bestLength >= total * 0.4) return readableText(best);
  return withoutHeader(readableText(block), block, sender);
}

function withoutHeader(text: string, block: Element, sender: Element | null): string {
  const header = new Set(
    [sender?.textContent, ...Array.from(block.querySelectorAll(TIMESTAMP)).slice(0, 5).map((stamp) => stamp.textContent)]
      .map((line) => singleLine(line))
      .filter(Boolean),
  );
  const lines = text.split('\n');
  let start = 0;
  while (start < Math.min(lines.length - 1, HEADER_LINES)) {
    const line = singleLine(lines[start]);
    const isHeader = line === '' || header.has(line) || [...header].some((part) => line.includes(part) && line.length <= part.length + 40);
    if (!isHeader) break;
    start++;
  }
  return lines.slice(start).join('\n').trim();
}

/** Lower-case words of the block's (and its sender line's) class and data-role/type attributes. */
function classWordsOf(block: Element): Set<string> {
  const sources = [block, block.firstElementChild].flatMap((element) =>
    element ? ['class', 'data-role', 'data-type', 'data-direction', 'data-author-role'].map((name) => element.getAttribute(name) ?? '') : [],
  );
  return new Set(
    sources
      .map((value) => value.slice(0, 200).toLowerCase())
      .join(' ')
      .split(/[^a-z]+/)
      .filter(Boolean),
  );
}
