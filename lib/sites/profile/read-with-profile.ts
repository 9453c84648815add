/**
 * Reads the open conversation with a site profile (selectors and role rules as data): a team's
 * profile from a pack or Settings, or a site adapter's built-in one (lib/sites/profiles/) with its
 * hooks (./hooks.ts). Runs in the content script: no zod, every lookup guarded (./safe-query.ts),
 * visibility from markup only, the newest MAX_THREAD_MESSAGES messages read and the rest counted,
 * and a time budget so a slow selector cannot hold the page.
 */
import type { Person, Thread, ThreadMessage } from '@/lib/schemas/ticket';
import { confidence } from '../confidence';
import { newestOf } from '../engine/cap';
import { person } from '../people';
import { singleLine } from '../single-line';
import { chronological } from '../time';
import { shownNewestFirst } from '../shown-order';
import { isHiddenByOwnMarkup } from '../visibility';
import type { ReadingHooks } from './hooks';
import { findAll, findOne, findShown, hasField } from './lookup';
import { sameAuthor } from './read-message';
import { readWithinBudget } from './read-within-budget';
import { emailIn, textOf } from './block-fields';
import { withOrder } from './order-ref';
import { completedCard } from './card-match';
import { customerFromMessages, withCardAddress } from './read-customer';
import { identity } from './read-identity';
import { customerBehindRelay } from '../form-relay';
import { marks } from './safe-query';
import { messagesHolder } from './messages-holder';
import { shownSubject, threadIdOf, untitledSubject } from './subject';
import type { SiteProfile } from './types';

/**
 * Past this (counted from the first message read) a read stops, keeps the newest messages it read
 * and says it is unsure: a profile must never hold the page. Node readers (CLI, eval) on happy-dom
 * are far slower than a browser and pass their own budget.
 */
export const PAGE_READ_BUDGET_MS = 100;

/**
 * The most a read the budget stopped may claim: it saw only the newest messages, so who wrote the
 * older ones (and who the customer is, when that is whoever wrote first) is a guess. Above the
 * engine's LOW_CONFIDENCE, so the read that found the conversation is kept rather than a second
 * read of the same large page started.
 */
export const CUT_READ_MOST_SURE = 0.6;

/**
 * The most a read may claim when no message's role was stated by the page (every one the profile's default)
 * and no message names its author: it has not told the customer from us (a new build's role and sender
 * markup both moved; Etsy-like, 2026-12-06). Below the engine's LOW_CONFIDENCE, so the structural reader,
 * which may tell them apart, is asked.
 */
export const UNTOLD_ROLES_MOST_SURE = 0.45;

export interface ProfileReading {
  /** The site's code for its quirks; a team's profile is read without. */
  hooks?: ReadingHooks;
  /** 'site' for an adapter's built-in profile: the read names no profile. */
  reader?: 'site' | 'profile';
}

export function readWithProfile(
  doc: Document,
  url: URL,
  profile: SiteProfile,
  budgetMs = PAGE_READ_BUDGET_MS,
  { hooks, reader = 'profile' }: ProfileReading = {},
): Thread | null {
  const open = hooks?.openConversation?.(doc, url) ?? null;
  const root = open?.root ?? doc;
  const container = findShown(root, profile, 'thread');
  if (!container) return null;
  const list = findAll(container.element, profile, 'message');
  const blocks = list.elements.filter((block) => !isHiddenByOwnMarkup(block));
  const pageOrder = profile.order === 'newest-first' ? blocks.reverse() : blocks;
  const { kept, earlier } = newestOf(pageOrder.filter((block) => !marks(block, profile.roles?.skip)));
  const signedIn = hooks?.signedIn?.(doc);
  const self = identity(root, profile, signedIn);
  const name = findOne(root, profile, 'customerName');
  const email = findOne(root, profile, 'customerEmail');
  // A handle shown as the name ("@harpern") names the member without its "@".
  const card = person(textOf(name?.element ?? null).replace(/^@/, ''), emailIn(email?.element ?? null));
  const alias = textOf(findOne(root, profile, 'customerAlias')?.element ?? null) || undefined;
  // Newest first, so a read cut short by the budget keeps what the agent answers; the rest is counted.
  const { read, unread } = readWithinBudget(kept, profile, self, { person: card, ...(alias ? { alias } : {}) }, budgetMs);
  if (read.length === 0) return null;
  const ordered = chronological(read, shownNewestFirst(read));
  // With nothing else to go on, whoever wrote first is the customer (support threads start with a request).
  const firstAuthor = ordered.find((message) => message.role === 'unknown')?.author;
  const messages: ThreadMessage[] = ordered.map(
    ({ decided: _decided, certainty: _certainty, relayed: _relayed, shownTime: _shownTime, role, ...message }) => ({
      ...message,
      role: role !== 'unknown' ? role : sameAuthor(message.author, firstAuthor) ? 'customer' : 'agent',
    }),
  );
  const fromMessages = customerFromMessages(messages.filter((m) => m.role === 'customer'));
  const shownCustomer: Person = customerBehindRelay(
    card.name || card.email ? completedCard(card, fromMessages) : (fromMessages ?? hooks?.customerFallback?.(root, self.emails) ?? {}),
    ordered,
  );
  const customer = withCardAddress(doc, shownCustomer, messagesHolder(kept, container.element), self);
  const subjectFound = findOne(root, profile, 'subject');
  const subjectText = shownSubject(subjectFound?.element ?? null);
  const threadId = open?.threadId ?? threadIdOf(profile, url, container.element) ?? hooks?.threadId?.(doc, url);
  const shown = subjectText || open?.subject || untitledSubject(profile, url, threadId, customer.name) || singleLine(doc.title, 300);
  const subject = withOrder(shown, root, profile);
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const withAuthor = messages.filter((m) => m.author.name || m.author.email).length / messages.length;
  // With no customer at all, the engine's no-customer rule (../engine/no-customer.ts) asks the structural reader itself.
  const untold =
    read.length > 1 && withAuthor === 0 && read.every((message) => message.decided < 1) && messages.some((m) => m.role === 'customer');
  const cardParts = (['customerName', 'customerEmail'] as const)
    .filter((field) => hasField(profile, field))
    .map((field) => (field === 'customerName' ? name : email)?.certainty ?? 0.6);
  const sure = confidence([
    ...(open ? [open.certainty] : []),
    ...(signedIn ? [signedIn.certainty] : []),
    container.certainty,
    mean([list.certainty, ...read.map((message) => message.certainty)]),
    subjectFound && subjectText ? subjectFound.certainty : open?.subject ? (open.subjectCertainty ?? 0.7) : 0.6,
    // A page that shows no customer card (a mail client) is not less sure for it.
    ...(cardParts.length === 0 ? [] : [card.name || card.email ? mean(cardParts) : 0.7]),
    0.5 + 0.5 * withAuthor,
    0.6 + 0.4 * mean(read.map((message) => message.decided)),
    unread > 0 ? 0.3 : 1,
  ]);
  return {
    site: profile.site,
    url: url.href,
    ...(threadId ? { threadId } : {}),
    subject,
    customer,
    messages,
    ...(reader === 'profile' ? { reader, profileId: profile.id } : {}),
    ...(earlier + unread > 0 ? { earlierMessages: earlier + unread } : {}),
    // Said, not only scored: the panel and Settings' test tell the agent the read was stopped.
    ...(unread > 0 ? { stoppedAfter: read.length } : {}),
    confidence: Math.min(unread > 0 ? CUT_READ_MOST_SURE : 1, untold ? UNTOLD_ROLES_MOST_SURE : 1, sure),
  };
}
