/**
 * One message block read with a profile: its text, author and time, each from the field's selector
 * or a fallback (the certainty of each lookup is kept), and its role from the profile's rules.
 */
import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { remembered } from '../engine/element-memo';
import { emailAddress, emailOf, person } from '../people';
import { readableText } from '../text';
import { singleLine } from '../single-line';
import { isoTime } from '../time';
import { findOne, hasField } from './lookup';
import { marks, queryAll } from './safe-query';
import { labelRole } from './labels';
import { cardRole } from './card-match';
import { relayedAddress } from '../form-relay';
import { isDeliveryReport } from '../structural-delivery-report';
import { wholeName } from '../whole-name';
import type { LabelRule, SiteProfile } from './types';

const ADDRESS_IN_TEXT = /<([^<>\s]+@[^<>\s]+)>/;
const EMAIL_ATTRIBUTES = ['email', 'data-email', 'title', 'href'];
const TIME_ATTRIBUTES = ['datetime', 'title', 'aria-label'];
/** Fields read inside a message whose fallbacks lower the read's certainty. */
const MESSAGE_FIELDS = ['body', 'author', 'authorEmail', 'time'] as const;

export interface Identity {
  names: Set<string>;
  emails: Set<string>;
  /** "@domain" suffixes whose addresses are ours. */
  domains: string[];
}

/**
 * How a role was decided: by a rule or identity the page states (1), or by comparison and default (0.5);
 * `relayed`: the customer's address a shop's form mailer relays in the message (../form-relay.ts).
 */
export type Read = Omit<ThreadMessage, 'role'> & {
  role: Role | 'unknown';
  decided: number;
  certainty: number;
  relayed?: string;
  /** The time element's text when it gave no `sentAt`: it still orders the thread (../shown-order.ts). */
  shownTime?: string;
};

/** The customer as the page's card shows them, and another name they go by there (a user ID). */
export interface Card {
  person: Person;
  alias?: string;
}

export function readMessage(block: Element, profile: SiteProfile, self: Identity, { person: card, alias }: Card): Read | null {
  const found = remembered(block, profile, () => readBlock(block, profile));
  if (!found) return null;
  const { author, sentAt, shownTime, text, certainty, relayed } = found;
  const role = roleOf(found, author, profile, self, card, alias);
  const completed = role.role === 'customer' ? withCard(author, card, profile.customerAuthor) : { ...author };
  return { author: completed, ...(sentAt ? { sentAt } : {}), ...(shownTime ? { shownTime } : {}), text, ...role, certainty, relayed };
}

/** What a message block says by itself, read once while the block does not change (../engine/element-memo.ts). */
interface BlockRead {
  text: string;
  author: Person;
  sentAt?: string;
  shownTime?: string;
  certainty: number;
  agentMark: boolean;
  customerMark: boolean;
  label: LabelRule['role'] | undefined;
  relayed: string | undefined;
}

function readBlock(block: Element, profile: SiteProfile): BlockRead | null {
  const { selectors, roles } = profile;
  const body = hasField(profile, 'body') ? findOne(block, profile, 'body') : { element: block, certainty: 1 };
  if (!body) return null;
  const text = bodyText(body.element, selectors.ignore);
  if (!text) return null;
  const authorFound = findOne(block, profile, 'author');
  const emailFound = findOne(block, profile, 'authorEmail');
  const name = nameIn(authorFound?.element ?? null);
  const agentMark = marks(block, roles?.agent);
  const customerMark = marks(block, roles?.customer);
  // A role word ("You", "Amazon", "From: Buyer") is not the author's name.
  const label = labelRole(profile, textOf(authorFound?.element ?? null));
  if (label === 'skip' && !agentMark && !customerMark) return null;
  const author = person(label ? '' : name, emailIn(emailFound?.element ?? null) ?? emailIn(authorFound?.element ?? null));
  const timeFound = findOne(block, profile, 'time');
  const sentAt = timeFound ? timeOf(timeFound.element) : undefined;
  // A time this reader leaves out ("1 Dec, 19:22") still orders the thread (../shown-order.ts).
  const shownTime = timeFound && !sentAt ? singleLine(timeFound.element.textContent, 100) || undefined : undefined;
  const found = { body, author: authorFound, authorEmail: emailFound, time: timeFound };
  const scores = MESSAGE_FIELDS.filter((field) => (profile.fallbacks?.[field]?.length ?? 0) > 0).map(
    (field) => found[field]?.certainty ?? 0,
  );
  const certainty = scores.length === 0 ? 1 : scores.reduce((sum, score) => sum + score, 0) / scores.length;
  return {
    text,
    author,
    ...(sentAt ? { sentAt } : {}),
    ...(shownTime ? { shownTime } : {}),
    certainty,
    agentMark,
    customerMark,
    label,
    relayed: relayedAddress(author, text),
  };
}

/** Rules first, then a delivery-failure report, the signed-in agent, the customer card, the profile's default. */
function roleOf(
  { agentMark, customerMark, label }: Pick<BlockRead, 'agentMark' | 'customerMark' | 'label'>,
  author: Person,
  profile: SiteProfile,
  self: Identity,
  card: Person,
  alias: string | undefined,
): { role: Role | 'unknown'; decided: number } {
  const { roles } = profile;
  if (agentMark) return { role: 'agent', decided: 1 };
  if (customerMark) return { role: 'customer', decided: 1 };
  if (label === 'agent' || label === 'customer') return { role: label, decided: 1 };
  // A bounce the mailbox filed into the conversation is the mail system's, not the customer's (../structural-delivery-report.ts).
  if (isDeliveryReport(author)) return { role: 'system', decided: 1 };
  const name = author.name?.toLowerCase();
  const email = author.email;
  if ((email && (self.emails.has(email) || self.domains.some((domain) => email.endsWith(domain)))) || (name && self.names.has(name))) {
    return { role: 'agent', decided: 1 };
  }
  if (roles?.others && (self.emails.size > 0 || self.names.size > 0)) return { role: roles.others, decided: 1 };
  const byCard = cardRole(author, card, alias);
  if (byCard) return { role: byCard, decided: 0.5 };
  if (roles?.others && !roles.othersNeedSelf) return { role: roles.others, decided: 0.5 };
  return { role: 'unknown', decided: 0 };
}

export function sameAuthor(a: Person, b: Person | undefined): boolean {
  if (!b) return true;
  if (a.email && b.email) return a.email === b.email;
  return !!a.name && a.name.toLowerCase() === b.name?.toLowerCase();
}

function withCard(author: Person, card: Person, completion: SiteProfile['customerAuthor']): Person {
  if (completion === 'card') return { ...author, ...card };
  if (completion === 'message') return { ...card, ...author };
  return { ...author };
}

function bodyText(body: Element, ignore: string | undefined): string {
  if (!ignore || queryAll(body, ignore).length === 0) return readableText(body);
  const copy = body.cloneNode(true) as Element;
  for (const part of queryAll(copy, ignore)) part.remove();
  return readableText(copy);
}

/** A sender line's name: "From: Ana Silva <ana@example.com>" names Ana Silva; "Ana Sil…" the whole name an attribute keeps. */
function nameIn(element: Element | null): string {
  const name = textOf(element)
    .replace(ADDRESS_IN_TEXT, '')
    .replace(/^From:\s*/i, '')
    .trim();
  return wholeName(name, element);
}

/** An element's text; an icon-only element's `aria-label`. */
export function textOf(element: Element | null): string {
  if (!element) return '';
  return singleLine(element.textContent) || singleLine(element.getAttribute('aria-label'));
}

export function emailIn(element: Element | null): string | undefined {
  if (!element) return undefined;
  for (const attribute of EMAIL_ATTRIBUTES) {
    const found = emailAddress(element.getAttribute(attribute)?.replace(/^mailto:/i, ''));
    if (found) return found;
  }
  return emailOf(element) ?? emailAddress(/[^\s<>()"]+@[^\s<>()"]+\.[a-z]{2,}/i.exec(element.textContent ?? '')?.[0]);
}

function timeOf(element: Element): string | undefined {
  for (const attribute of TIME_ATTRIBUTES) {
    const time = isoTime(element.getAttribute(attribute));
    if (time) return time;
  }
  return isoTime(element.textContent);
}
