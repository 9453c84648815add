/**
 * One message block read with a profile: its text, author and time, each from the field's selector
 * or a fallback (the certainty of each lookup is kept), and its role from the profile's rules.
 */
import type { Person, Role, ThreadMessage } from '@/lib/schemas/ticket';
import { remembered } from '../engine/element-memo';
import { person } from '../people';
import { singleLine } from '../single-line';
import { findOne, hasField } from './lookup';
import { marks } from './safe-query';
import { labelRole } from './labels';
import { relayedAddress } from '../form-relay';
import { bodyText, emailIn, nameIn, textOf, timeOf } from './block-fields';
import { type RoleMarks, roleOf } from './message-role';
import type { Identity } from './read-identity';
import type { SiteProfile } from './types';

/** Fields read inside a message whose fallbacks lower the read's certainty. */
const MESSAGE_FIELDS = ['body', 'author', 'authorEmail', 'time'] as const;

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
interface BlockRead extends RoleMarks {
  text: string;
  author: Person;
  sentAt?: string;
  shownTime?: string;
  certainty: number;
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
