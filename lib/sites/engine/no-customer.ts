/**
 * A site's (or a team profile's) role rules can break with a new build while its other selectors
 * still find the messages: a class or attribute the rule looked for moves, every message falls to
 * the default role, and the read shows no customer at all — confidently. Such a read's roles are
 * not founded, so the engine asks the structural reader for the roles (lib/sites/engine/read-page.ts).
 */
import type { Thread } from '@/lib/schemas/ticket';

/** Several messages, none the customer's, and not all by one known author (an agent's own follow-ups). */
export function hasNoCustomer(thread: Thread): boolean {
  if (thread.messages.length < 2 || thread.messages.some((message) => message.role === 'customer')) return false;
  const authors = new Set(thread.messages.map(({ author }) => (author.email || author.name || '').toLowerCase()));
  return authors.size > 1 || authors.has('');
}

/** The structural read gives the same conversation (as many messages) and finds its customer. */
export function structuralRolesFit(structural: Thread, siteRead: Thread): boolean {
  return structural.messages.length === siteRead.messages.length && structural.messages.some((message) => message.role === 'customer');
}
