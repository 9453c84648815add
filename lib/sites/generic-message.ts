/**
 * Reads one message block found by generic-blocks.ts: who wrote it (./generic-author.ts), when
 * (`time`, `datetime`, date-named elements) and its text (./generic-message-text.ts), with what
 * its markup says of its author (./generic-class-words.ts).
 */
import { leadingText } from './generic-blocks';
import { TIMESTAMP } from './generic-selectors';
import type { Person } from '@/lib/schemas/ticket';
import { singleLine } from './single-line';
import { isoTime } from './time';
import { sideOf, type Side } from './structural-side';
import { fallbackTime } from './structural-sender-fallbacks';
import { remembered } from './engine/element-memo';
import { blockKind } from './structural-kinds';
import { iconSaysOurs } from './structural-our-marks';
import { relayedAddress } from './form-relay';
import { readAuthor, senderOf } from './generic-author';
import { bodyText } from './generic-message-text';
import { classTokensOf, classWordsOf } from './generic-class-words';
import { withoutTranslationNote } from './structural-translation-note';
import { withoutInlineQuotes } from '@/lib/sites/structural-inline-quotes';
import { withoutChannelAfterBy } from '@/lib/sites/structural-channel-label';
import { withMediaText } from '@/lib/sites/structural-media-message';
import { dayAbove } from '@/lib/sites/day-separator';
import { withoutLeadingNotices } from '@/lib/sites/structural-leading-notices';
import { senderLineLink } from '@/lib/sites/sender-line-link';

export interface GenericMessage {
  author: Person;
  sentAt?: string;
  text: string;
  /** Class words of the block (agent, outgoing, customer, …) that may tell who wrote it. */
  classWords: Set<string>;
  /** The block's class tokens as they are: a hashed build's still sort blocks into kinds (./structural-class-kinds.ts). */
  classes?: string[];
  /** The block's words above its text (sender line, labels such as "Internal note"), lower case. */
  header: string;
  /** The side the page's own markup puts the block on (chat layouts: outgoing on the end side). */
  side: Side;
  /** The block's kind (tag and first class word): a teammates' comment differs from a message. */
  kind: string;
  /** An icon marks it ours: a lock labelled "Private" (./structural-our-marks.ts). */
  ours?: boolean;
  /** The customer's address a shop's form mailer relays in it (./form-relay.ts), when it is such a message. */
  relayed?: string;
  /** Its time element's text when it gave no `sentAt` ("1 Dec, 19:22", "19:22"): it still orders the thread (./shown-order.ts). */
  shownTime?: string;
  /** The day separator right above it ("Sat, 5 Dec 2026", "Today"), when its time shows no day (./day-separator.ts). */
  dayAbove?: string;
}

/** The longest own label a block's header takes in. */
const MAX_LABEL = 60;
/** Time elements looked at in a block. */
const MAX_TIMES = 20;

/** The generic reading's key in the element memo (../engine/element-memo.ts). */
const GENERIC_READ = {};

/**
 * What a message block says, read once while nothing inside it changes: the content script reads
 * the page again after every change of it, and a 1 MB page's 200 messages cost ~10 ms to read
 * (issue 12). The answer is shared between reads: callers must not change it.
 */
export function readGenericMessage(block: Element): GenericMessage | null {
  return remembered(block, GENERIC_READ, () => readBlock(block));
}

function readBlock(block: Element): GenericMessage | null {
  const sender = senderOf(block);
  const author = readAuthor(block, sender, senderLineLink(block));
  // The time elements: for the time, and as header lines the text leaves out.
  const stamps = block.querySelectorAll(TIMESTAMP);
  const body = bodyText(block, sender, author, stamps);
  // A warning banner or translate bar leading the block is the page's (./structural-leading-notices.ts).
  const shown = withoutLeadingNotices(block, body);
  // A translation note is the page's, not the message's, nor a label of its header ("Automatisch …" is no automation);
  // the questions an inline answer copies are the shop's words (./structural-inline-quotes.ts). A voice note or a
  // photo is a message too, in the words the page gives of it (./structural-media-message.ts).
  const text = withoutInlineQuotes(withoutTranslationNote(withMediaText(block, shown)));
  if (!text) return null;
  const sentAt = readTime(block, stamps);
  const shownTime = sentAt || !stamps[0] ? undefined : singleLine(stamps[0].textContent, 100);
  const day = shownTime ? dayAbove(block) : undefined;
  return {
    author,
    ...(sentAt ? { sentAt } : {}),
    ...(shownTime ? { shownTime } : {}),
    ...(day ? { dayAbove: day } : {}),
    text,
    classWords: classWordsOf(block),
    classes: classTokensOf(block),
    header: headerOf(block, body),
    side: sideOf(block),
    kind: blockKind(block),
    ...(iconSaysOurs(block) ? { ours: true } : {}),
    relayed: relayedAddress(author, text),
  };
}

function readTime(block: Element, stamps: NodeListOf<Element>): string | undefined {
  // The page's language says how it writes a date ("04/12/2026" is in December on an Italian page).
  const lang = block.closest('[lang]')?.getAttribute('lang')?.slice(0, 20) ?? '';
  for (let index = 0; index < stamps.length && index < MAX_TIMES; index++) {
    const stamp = stamps[index]!;
    const title = stamp.getAttribute('title')?.slice(0, 100);
    // A full date in the tooltip ("Wed, 2 Dec 2026 at 19:58") before the shown "2 days ago": it orders chat and mail alike.
    const sentAt =
      isoTime(stamp.getAttribute('datetime')?.slice(0, 100), lang) ??
      isoTime(title, lang) ??
      // A full date this reader cannot read ("3 dez 2026 às 21:18") beside "15 hours ago": neither, or the two kinds of time would be compared.
      (/\d{4}/.test(title ?? '') ? undefined : isoTime(singleLine(stamp.textContent, 100), lang));
    if (sentAt) return sentAt;
  }
  return fallbackTime(block, leadingText(block));
}

/**
 * The block's leading words up to where its text begins, after its own label: a page built on ARIA
 * names each block there ("Internal note from Reza", "یادداشت داخلی از رضا مرادی", seen 2026-12-06).
 * A long label is a preview of the text (a list row's), whose words ("sent by DHL") are no label.
 */
function headerOf(block: Element, text: string): string {
  const lead = singleLine(leadingText(block));
  const start = lead.toLowerCase().indexOf(singleLine(text, 30).toLowerCase());
  const own = block.getAttribute('aria-label') ?? '';
  const label = own.length <= MAX_LABEL ? singleLine(own) : '';
  // "Replied by SMS" names a channel, not a sender: cut before the case is lost (./structural-channel-label.ts).
  const header = `${label} ${start > 0 ? lead.slice(0, start) : start === 0 ? '' : lead.slice(0, 120)}`;
  return withoutChannelAfterBy(header).trim().toLowerCase();
}
