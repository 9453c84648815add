/**
 * A site profile: how to read one inbox layout, as data (selectors and role rules, no code, so
 * Manifest V3 allows it to arrive in a pack). Types only here: the content script reads profiles
 * the panel already validated with the full schema (./schema.ts) and receives them as plain data.
 */
import type { SiteId } from '@/lib/schemas/ticket';

/** Every selector a profile may carry; `thread` and `message` are required. */
export interface ProfileSelectors {
  /** The element holding the open conversation (searched in the document). */
  thread: string;
  /** One message block (searched inside `thread`). */
  message: string;
  /** A message's text (inside the message; the whole block when absent). */
  body?: string;
  /** A message's sender name (inside the message). */
  author?: string;
  /** A message's sender address: its text, `href="mailto:…"`, or an `email`/`title`/`data-email` attribute. */
  authorEmail?: string;
  /** A message's time: `datetime`, `title` or text. */
  time?: string;
  /** The ticket's subject: an input's value or an element's text (in the document). */
  subject?: string;
  /** The customer card's name and address (in the document). */
  customerName?: string;
  customerEmail?: string;
  /** Another name the customer card shows (a marketplace user ID, "@handle"): a message signed so is the customer's. */
  customerAlias?: string;
  /** Where the order the conversation is about is shown (an order card), read with `orderInSubject.pattern` (in the document). */
  orderRef?: string;
  /** The signed-in agent's name and address in the page chrome (in the document). */
  selfName?: string;
  selfEmail?: string;
  /** Parts of a body that are not message text (read receipts, signature blocks). */
  ignore?: string;
  /** The reply box (shown by "test on this page"; insertion stays the adapter's code). */
  replyBox?: string;
}

/** Role rules, each a selector matched on the message block or inside it. */
export interface ProfileRoles {
  /** Marks a message from us: internal notes, outgoing bubbles, "replied by" labels. */
  agent?: string;
  /** Marks a message from the customer. */
  customer?: string;
  /** Marks a block that is not a message (status changes, merges). */
  skip?: string;
  /**
   * The role of a message no rule, identity or customer card decides (Gmail: anyone but the
   * signed-in account is the customer). Without it, whoever wrote first is the customer.
   */
  others?: 'customer' | 'agent';
  /**
   * Sender labels that are role words, not names ("You", "Amazon", "From: Buyer"): a
   * case-insensitive regular expression on the author's text, first match wins. A message so
   * labelled keeps no author name; `skip` leaves it out (marketplace notices).
   */
  labels?: LabelRule[];
  /** `others` applies only when the page names the signed-in agent (Outlook); else whoever wrote first is the customer. */
  othersNeedSelf?: boolean;
}

export interface LabelRule {
  pattern: string;
  role: 'customer' | 'agent' | 'skip';
}

/** The order a marketplace conversation is about, carried into the subject (lib/ticket reads references from it). */
export interface OrderInSubject {
  /** A regular expression on the `orderRef` element's text: its first group (or whole match) is the reference. */
  pattern: string;
  /** The subject with the reference, "{subject} (Order: {order})"; used when the subject lacks it. */
  subject: string;
}

export type SelectorField = keyof ProfileSelectors;

/** A selector tried when the field's own finds nothing; a hit scores its certainty (the field's own scores 1). */
export interface SelectorFallback {
  css: string;
  /** 0–1: how sure a read that needed this selector is. */
  certainty: number;
}

export interface SiteProfile {
  /** Unique id, e.g. "northwind.zendesk-workspace". */
  id: string;
  site: SiteId;
  /** The day this layout was seen, YYYY-MM-DD: selectors are dated. */
  seen: string;
  /** Human label for Settings. */
  label?: string;
  selectors: ProfileSelectors;
  roles?: ProfileRoles;
  /** Some inboxes list the newest message first. */
  order?: 'oldest-first' | 'newest-first';
  /** Selectors tried in order after a field's own (older builds, landmarks), each with its certainty. */
  fallbacks?: Partial<Record<SelectorField, SelectorFallback[]>>;
  /**
   * Whose fields win when a customer's message is completed from the customer card: the card's
   * (the helpdesk's requester field is authoritative) or the message's own. Without it, not completed.
   */
  customerAuthor?: 'card' | 'message';
  /** An attribute of the `thread` element that holds the thread id (tried first). */
  threadAttribute?: string;
  /** URL query parameters that carry the thread id (tried after the attribute, before `threadPath`). */
  threadParams?: string[];
  /** The thread id in the URL path: a regular expression whose first group is the id. */
  threadPath?: string;
  /**
   * Subjects when the page shows none, the first whose placeholders are filled ("{id}" the thread
   * id, "{1}" the path's first group, "{customer}" the customer's name): e.g. ["Ticket #{id}", "Zendesk ticket"]. Without it, the
   * window title.
   */
  untitled?: string[];
  orderInSubject?: OrderInSubject;
}

export const SELECTOR_FIELDS = [
  'thread',
  'message',
  'body',
  'author',
  'authorEmail',
  'time',
  'subject',
  'customerName',
  'customerEmail',
  'customerAlias',
  'orderRef',
  'selfName',
  'selfEmail',
  'ignore',
  'replyBox',
] as const satisfies ReadonlyArray<keyof ProfileSelectors>;
export const ROLE_FIELDS = ['agent', 'customer', 'skip'] as const satisfies ReadonlyArray<keyof ProfileRoles>;
