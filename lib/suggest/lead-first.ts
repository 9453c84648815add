/**
 * The order every consumer of "the top suggestion" takes a message's requests in: the lead
 * request first (the one the reading's `intent` names, lead-request.ts — not always the first in
 * the text: a side question asked first, venting before the ask), then the others in the
 * message's order. The panel's first group, its top reply, the keyboard shortcut's insert and the
 * AI draft's examples all read `groups[0]`, so an agent who trusts the first suggestion gets a
 * reply to what the mail is about, and the lead's group picks its replies before the others do.
 */
import type { Intent } from '@/lib/schemas/template';

export function leadFirst<R extends { intent: Intent }>(requests: readonly R[], lead: Intent): R[] {
  const at = requests.findIndex((request) => request.intent === lead);
  if (at <= 0) return [...requests];
  return [requests[at]!, ...requests.slice(0, at), ...requests.slice(at + 1)];
}
