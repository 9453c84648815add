/**
 * Who the customer is in a profile's read (./read-with-profile.ts), beyond the profile's card
 * selectors: the customer messages' author, and the structural reader's card beside the messages.
 */
import type { Person, ThreadMessage } from '@/lib/schemas/ticket';
import { findCustomerCard } from '../structural-customer';
import type { Identity } from './read-identity';

/**
 * The first customer message's author, with the address of the latest one under the same name: she wrote from
 * her private address, then from work, and a reply goes to where she writes from now (seen 2026-12-06, Gmail).
 */
export function customerFromMessages(customers: ThreadMessage[]): Person | undefined {
  const first = customers[0]?.author;
  const name = first?.name?.toLowerCase();
  const latest = name ? [...customers].reverse().find(({ author }) => author.email && author.name?.toLowerCase() === name) : undefined;
  return latest ? { ...first, email: latest.author.email } : first;
}

/**
 * The profile's card selectors missed the address (a new build's contact panel): the structural
 * reader's card finder still sees it beside the messages (in the thread's own header too).
 */
export function withCardAddress(doc: Document, customer: Person, conversation: Element, self: Identity): Person {
  try {
    return findCustomerCard(doc, customer, conversation, [...self.emails]);
  } catch {
    return customer;
  }
}
