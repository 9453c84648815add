/**
 * A site's (or a team profile's) role rules can break with a new build while its other selectors
 * still find the messages: a class or attribute the rule looked for moves, every message falls to
 * the default role, and the read shows no customer at all — confidently. Such a read's roles are
 * not founded, so the engine asks the structural reader for the roles (lib/sites/engine/read-page.ts).
 */
import type { Thread } from '@/lib/schemas/ticket';

/**
 * A message whose author shows neither address nor name: its own key, never equal to another's,
 * since two unknown authors are not known to be one (they may be the customer and us).
 */
const unknownAuthor = () => Symbol('unknown author');

const hasCustomer = ({ messages }: Thread) => messages.some((message) => message.role === 'customer');

/** Several messages, none the customer's, and not all by one known author (an agent's own follow-ups). */
export function hasNoCustomer(thread: Thread): boolean {
  const authors = new Set(thread.messages.map(({ author }) => author.email || author.name || unknownAuthor()));
  return authors.size > 1 && !hasCustomer(thread);
}

/** The structural read gives the same conversation (as many messages) and finds its customer. */
export const structuralRolesFit = (structural: Thread, siteRead: Thread) =>
  structural.messages.length === siteRead.messages.length && hasCustomer(structural);
