/**
 * Two weak votes on who wrote a block, for ./structural-roles.ts: the class words some blocks have and
 * others lack, and the side a chat layout puts a block on.
 */
import type { Role } from '@/lib/schemas/ticket';
import type { GenericMessage } from '@/lib/sites/generic-message';
import { fromWords } from '@/lib/sites/reader-words';

/** Block class words that say who wrote it (structural-class-words.json). */
const AGENT_WORDS = fromWords((words) => new Set(words.agentClassWords));
const CUSTOMER_WORDS = fromWords((words) => new Set(words.customerClassWords));

/**
 * Roles from class words, counting only words some blocks have and others lack: a page that calls
 * every block `support-message` says nothing about who wrote which.
 */
export function classRoles(messages: GenericMessage[]): Array<Role | null> {
  if (messages.length < 2) return messages.map(() => null);
  const shared = new Set([...messages[0]!.classWords].filter((word) => messages.every((message) => message.classWords.has(word))));
  const roles = messages.map(({ classWords }): Role | null => {
    const own = [...classWords].filter((word) => !shared.has(word));
    const agent = own.some((word) => AGENT_WORDS().has(word));
    const customer = own.some((word) => CUSTOMER_WORDS().has(word));
    // Both at once (`incoming note`) says nothing sure.
    return agent === customer ? null : agent ? 'agent' : 'customer';
  });
  return otherKindIsAgent(messages, roles, shared);
}

/**
 * A page that marks only the customer's blocks (`Customer response` beside `User reply`): the
 * blocks of the other kind — unmarked, but with words of their own — are ours.
 */
function otherKindIsAgent(messages: GenericMessage[], roles: Array<Role | null>, shared: Set<string>): Array<Role | null> {
  if (roles.includes('agent') || !roles.includes('customer')) return roles;
  const customerWords = new Set(messages.flatMap((message, index) => (roles[index] === 'customer' ? [...message.classWords] : [])));
  return roles.map((role, index) => {
    if (role) return role;
    const own = [...messages[index]!.classWords].filter((word) => !shared.has(word) && !customerWords.has(word));
    return own.length > 0 ? 'agent' : null;
  });
}

/** Chat layouts: when blocks sit on both sides, the end side is ours. */
export function sideRoles(messages: GenericMessage[]): Array<Role | null> {
  const sides = new Set(messages.map((message) => message.side).filter(Boolean));
  if (!sides.has('end') || (!sides.has('start') && messages.every((message) => message.side === 'end'))) return messages.map(() => null);
  return messages.map(({ side }) => (side === 'end' ? 'agent' : side === 'start' || sides.size === 1 ? 'customer' : null));
}
