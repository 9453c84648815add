/**
 * Reads the open conversation with a site profile (selectors and role rules as data). Runs in the
 * content script: no zod, every lookup guarded (./safe-query.ts), visibility from markup only, the
 * newest MAX_THREAD_MESSAGES messages read and the rest counted, and a time budget so a slow
 * selector cannot hold the page.
 */
import type { Person, Role, Thread, ThreadMessage } from '@/lib/schemas/ticket';
import { confidence } from '../confidence';
import { newestOf } from '../engine/cap';
import { emailAddress, emailOf, person } from '../people';
import { readableText, singleLine } from '../text';
import { chronological, isoTime } from '../time';
import { isHiddenByOwnMarkup, isShownByMarkup } from '../visibility';
import { marks, queryAll, queryOne } from './safe-query';
import type { SiteProfile } from './types';

/**
 * Past this (counted from the first message read) a read stops, keeps the newest messages it read
 * and says it is unsure: a profile must never hold the page. Node readers (CLI, eval) on happy-dom
 * are far slower than a browser and pass their own budget.
 */
export const PAGE_READ_BUDGET_MS = 100;
const EMAIL_ATTRIBUTES = ['email', 'data-email', 'title', 'href'];

interface Identity {
  names: Set<string>;
  emails: Set<string>;
}

export function readWithProfile(doc: Document, url: URL, profile: SiteProfile, budgetMs = PAGE_READ_BUDGET_MS): Thread | null {
  const { selectors, roles } = profile;
  const container = queryAll(doc, selectors.thread).find(isShownByMarkup);
  if (!container) return null;
  const blocks = outermost(queryAll(container, selectors.message)).filter((block) => !isHiddenByOwnMarkup(block));
  const pageOrder = profile.order === 'newest-first' ? blocks.reverse() : blocks;
  const { kept, earlier } = newestOf(pageOrder.filter((block) => !marks(block, roles?.skip)));
  const self = identity(doc, profile);
  const customerCard = person(textOf(queryOne(doc, selectors.customerName)), emailOf(queryOne(doc, selectors.customerEmail)));
  // Newest first, so a read cut short by the budget keeps what the agent answers; the rest is counted.
  const newestFirst: Read[] = [];
  let unread = 0;
  const started = now();
  for (let index = kept.length - 1; index >= 0; index--) {
    if (newestFirst.length > 0 && now() - started > budgetMs) {
      unread = index + 1;
      break;
    }
    const message = readMessage(kept[index]!, profile, self, customerCard);
    if (message) newestFirst.push(message);
  }
  const read = newestFirst.reverse();
  const outOfTime = unread > 0;
  if (read.length === 0) return null;
  const ordered = chronological(read);
  // With nothing else to go on, whoever wrote first is the customer (support threads start with a request).
  const firstAuthor = ordered.find((message) => !message.byRule)?.author;
  const messages: ThreadMessage[] = ordered.map(({ byRule: _byRule, role, ...message }) => ({
    ...message,
    role: role !== 'unknown' ? role : sameAuthor(message.author, firstAuthor) ? 'customer' : 'agent',
  }));
  const customer = customerCard.name || customerCard.email ? customerCard : (messages.find((m) => m.role === 'customer')?.author ?? {});
  const subject = subjectOf(queryOne(doc, selectors.subject)) || singleLine(doc.title, 300);
  const withAuthor = messages.filter((m) => m.author.name || m.author.email).length / messages.length;
  const byRule = read.filter((m) => m.byRule).length / read.length;
  return {
    site: profile.site,
    url: url.href,
    subject,
    customer,
    messages,
    reader: 'profile',
    profileId: profile.id,
    ...(earlier + unread > 0 ? { earlierMessages: earlier + unread } : {}),
    confidence: confidence([
      1,
      0.5 + 0.5 * withAuthor,
      0.6 + 0.4 * byRule,
      selectors.subject && subject ? 1 : 0.6,
      customerCard.name || customerCard.email ? 1 : 0.7,
      outOfTime ? 0.3 : 1,
    ]),
  };
}

type Read = Omit<ThreadMessage, 'role'> & { role: Role | 'unknown'; byRule: boolean };

function readMessage(block: Element, profile: SiteProfile, self: Identity, customer: Person): Read | null {
  const { selectors, roles } = profile;
  const body = selectors.body ? queryOne(block, selectors.body) : block;
  if (!body) return null;
  const text = bodyText(body, selectors.ignore);
  if (!text) return null;
  const authorElement = queryOne(block, selectors.author);
  const emailElement = queryOne(block, selectors.authorEmail);
  const author = person(textOf(authorElement), emailIn(emailElement) ?? emailIn(authorElement));
  const timeElement = queryOne(block, selectors.time);
  const sentAt = isoTime(timeElement?.getAttribute('datetime') ?? timeElement?.getAttribute('title') ?? timeElement?.textContent);
  return { author, ...(sentAt ? { sentAt } : {}), text, ...roleOf(block, author, roles, self, customer) };
}

/** Rules first, then the signed-in agent, then the customer card; else decided by the first author. */
function roleOf(
  block: Element,
  author: Person,
  roles: SiteProfile['roles'],
  self: Identity,
  customer: Person,
): { role: Role | 'unknown'; byRule: boolean } {
  if (marks(block, roles?.agent)) return { role: 'agent', byRule: true };
  if (marks(block, roles?.customer)) return { role: 'customer', byRule: true };
  const name = author.name?.toLowerCase();
  if ((author.email && self.emails.has(author.email)) || (name && self.names.has(name))) return { role: 'agent', byRule: true };
  if ((customer.name || customer.email) && (author.name || author.email)) {
    return { role: sameAuthor(author, customer) ? 'customer' : 'agent', byRule: true };
  }
  return { role: 'unknown', byRule: false };
}

function sameAuthor(a: Person, b: Person | undefined): boolean {
  if (!b) return true;
  if (a.email && b.email) return a.email === b.email;
  return !!a.name && a.name.toLowerCase() === b.name?.toLowerCase();
}

function identity(doc: Document, profile: SiteProfile): Identity {
  const name = singleLine(textOf(queryOne(doc, profile.selectors.selfName))).toLowerCase();
  const email = emailIn(queryOne(doc, profile.selectors.selfEmail));
  return { names: new Set(name ? [name] : []), emails: new Set(email ? [email] : []) };
}

/** Blocks not nested in another matched block (a selector may match a message and its parts). */
function outermost(blocks: Element[]): Element[] {
  const set = new Set(blocks);
  return blocks.filter((block) => {
    for (let node = block.parentElement; node; node = node.parentElement) if (set.has(node)) return false;
    return true;
  });
}

function bodyText(body: Element, ignore: string | undefined): string {
  if (!ignore || queryAll(body, ignore).length === 0) return readableText(body);
  const copy = body.cloneNode(true) as Element;
  for (const part of queryAll(copy, ignore)) part.remove();
  return readableText(copy);
}

/** An element's text; an icon-only element's `aria-label`. */
function textOf(element: Element | null): string {
  if (!element) return '';
  return singleLine(element.textContent) || singleLine(element.getAttribute('aria-label'));
}

function emailIn(element: Element | null): string | undefined {
  if (!element) return undefined;
  for (const attribute of EMAIL_ATTRIBUTES) {
    const found = emailAddress(element.getAttribute(attribute)?.replace(/^mailto:/i, ''));
    if (found) return found;
  }
  return emailOf(element) ?? emailAddress(/[^\s<>()"]+@[^\s<>()"]+\.[a-z]{2,}/i.exec(element.textContent ?? '')?.[0]);
}

function subjectOf(element: Element | null): string {
  if (!element) return '';
  const value = (element as HTMLInputElement).value ?? element.getAttribute('value');
  return singleLine(value || element.textContent, 300);
}

function now(): number {
  return typeof performance === 'undefined' ? Date.now() : performance.now();
}
