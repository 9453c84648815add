/**
 * A site's (or a team profile's) selectors can find every message and its role while the author
 * marks they look for are gone (a new build's sender markup): the read names no one, and the
 * customer is only in the page's customer card and plain sender lines. The structural reader sees
 * both, so the engine asks it for the names and keeps the site's messages and roles
 * (lib/sites/engine/read-page.ts; blind 12's Gorgias chat, 2026-12-06).
 */
import type { Thread } from '@/lib/schemas/ticket';

/** The read knows neither the customer's name nor address. */
export const namesNoOne = ({ customer }: Thread) => !customer.name && !customer.email;

/**
 * The site's read with the structural read's customer, and its authors where the site found none —
 * when the structural read names the customer and reads the same conversation: as many messages,
 * the customer's at the same places (else its names may belong to other messages).
 */
export function withStructuralNames(site: Thread, structural: Thread | null): Thread {
  const customerAt = (thread: Thread, index: number) => thread.messages[index]?.role === 'customer';
  if (
    !structural ||
    namesNoOne(structural) ||
    structural.messages.length !== site.messages.length ||
    site.messages.some((_, index) => customerAt(site, index) !== customerAt(structural, index))
  )
    return site;
  return {
    ...site,
    customer: structural.customer,
    messages: site.messages.map((message, index) =>
      message.author.name || message.author.email ? message : { ...message, author: structural.messages[index]!.author },
    ),
  };
}
