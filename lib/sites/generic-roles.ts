/**
 * Who is the agent and who the customer on a page no adapter knows, from the best evidence the
 * page offers: the signed-in user the app shows in its header, class words that differ between
 * blocks (`message--agent`, `outgoing`, `internal-note`), or, when nothing says so, the guess that
 * whoever answered the first author last is the agent.
 */
import type { Person, Role } from '@/lib/schemas/ticket';
import type { GenericMessage } from './generic-message';
import { AGENT_WORDS, CHROME, CUSTOMER_WORDS, PAGE_HEADER, SIGNED_IN_TEXT, SIGNED_IN_USER } from './generic-selectors';
import { singleLine } from './text';

export type RoleEvidence = 'signed-in' | 'classes' | 'authors' | 'one-author';

export interface Roles {
  roles: Role[];
  customer: Person;
  evidence: RoleEvidence;
}

const MAX_HEADER_TEXT = 3000;
const MAX_NAME_ELEMENTS = 10;
/** Where apps show who is signed in: the page header and navigation (looked at, not the whole page). */
const ACCOUNT_AREAS = 'header, [role="banner"], nav, [role="navigation"]';
const MAX_ACCOUNT_AREAS = 6;

export function assignRoles(messages: GenericMessage[], signedIn: string | null): Roles {
  const keys = messages.map((message) => authorKey(message.author));
  const byClass = classRoles(messages);
  let roles: Role[];
  let evidence: RoleEvidence;
  const me = signedIn ? signedIn.toLowerCase() : null;
  const mine = me ? messages.map((message) => isSignedInUser(message.author, me)) : [];
  if (mine.some(Boolean)) {
    roles = mine.map((agent, index) => (agent || byClass[index] === 'agent' ? 'agent' : 'customer'));
    evidence = 'signed-in';
  } else if (byClass.some((role) => role !== null)) {
    const agentKeys = new Set(keys.filter((key, index) => key && byClass[index] === 'agent'));
    roles = byClass.map((role, index) => role ?? (agentKeys.has(keys[index]!) ? 'agent' : 'customer'));
    evidence = 'classes';
  } else {
    const first = keys.find(Boolean);
    const agent = [...keys].reverse().find((key) => key && key !== first);
    roles = keys.map((key) => (agent && key === agent ? 'agent' : 'customer'));
    evidence = agent ? 'authors' : 'one-author';
  }
  return { roles, customer: mostFrequentCustomer(messages, keys, roles), evidence };
}

/**
 * The signed-in user's name or address as the app's header shows it, or null. Only looked for
 * in meta tags and page chrome, never in the conversation, so a message cannot claim to be the agent.
 */
export function findSignedInUser(doc: Document): string | null {
  const scopes = [doc.head, ...Array.from(doc.querySelectorAll(ACCOUNT_AREAS)).slice(0, MAX_ACCOUNT_AREAS)];
  for (const scope of scopes) {
    const marked = scope?.querySelector(SIGNED_IN_USER);
    // A name sits in a small element, not in a whole menu.
    if (!marked || marked.getElementsByTagName('*').length > MAX_NAME_ELEMENTS) continue;
    const raw =
      marked.getAttribute('content') ?? marked.getAttribute('data-current-user') ?? marked.getAttribute('aria-label') ?? marked.textContent;
    const name = singleLine(raw, 200)
      .replace(/^(?:signed in as|account)\s*:?\s*/i, '')
      .replace(/^[^:]{0,30}:\s*/, '');
    if (name.length >= 2 && name.length <= 120) return name;
  }
  const header = doc.querySelector(PAGE_HEADER) ?? doc.querySelector(CHROME);
  const said = SIGNED_IN_TEXT.exec((header?.textContent ?? '').slice(0, MAX_HEADER_TEXT));
  return said ? singleLine(said[1], 120) || null : null;
}

function isSignedInUser(author: Person, me: string): boolean {
  const email = author.email?.toLowerCase();
  const name = author.name?.toLowerCase();
  return (!!email && me.includes(email)) || (!!name && (name === me || me.startsWith(`${name} `) || me.includes(`(${name})`) || name.startsWith(`${me} `)));
}

/**
 * Roles from class words, counting only words some blocks have and others lack: a page that calls
 * every block `support-message` says nothing about who wrote which.
 */
function classRoles(messages: GenericMessage[]): Array<Role | null> {
  if (messages.length < 2) return messages.map(() => null);
  const shared = [...messages[0]!.classWords].filter((word) => messages.every((message) => message.classWords.has(word)));
  return messages.map(({ classWords }) => {
    const words = [...classWords].filter((word) => !shared.includes(word));
    if (words.some((word) => AGENT_WORDS.has(word))) return 'agent';
    if (words.some((word) => CUSTOMER_WORDS.has(word))) return 'customer';
    return null;
  });
}

/** The non-agent author who wrote most often (the first of them on a tie). */
function mostFrequentCustomer(messages: GenericMessage[], keys: string[], roles: Role[]): Person {
  const counts = new Map<string, { count: number; author: Person }>();
  messages.forEach((message, index) => {
    const key = keys[index]!;
    if (roles[index] !== 'customer' || !key) return;
    const seen = counts.get(key);
    if (seen) {
      seen.count++;
      // Fill in what the first sighting lacked (one block shows the name, another the address).
      seen.author = { ...message.author, ...seen.author };
    } else counts.set(key, { count: 1, author: message.author });
  });
  let best: { count: number; author: Person } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.author ?? {};
}

function authorKey(author: Person): string {
  return author.email ?? author.name?.toLowerCase() ?? '';
}
