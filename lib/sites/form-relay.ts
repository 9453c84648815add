/**
 * A shop's contact form, relayed by its platform's mailer ("Shop name" <mailer@shopify.com>, a Wix
 * or Squarespace form notification, WordPress's wordpress@ or a noreply@ at the shop's domain):
 * the message is the customer's, and the customer is the address its form gives — the only other
 * address in it, whatever language its Email field is labelled in — as that person signs when they
 * write again from it. Mailers are data (form-relay-words.json); a mailer's message that gives no
 * other address (an order notice) relays nobody.
 */
import type { Person } from '@/lib/schemas/ticket';
import { domains, localParts } from './form-relay-words.json';
import { EVERY_EMAIL_IN_TEXT } from './people';

/**
 * Answers already found, by message text and mailer: on one page the engine's readers (site or
 * profile, then structural) and the structural reader's role votes ask about the same relayed
 * message, and its text is searched once. Only mailers' messages are kept (a thread has one or
 * two), the oldest dropped past a few, so a long session keeps no page's text for long.
 */
const found = new Map<string, Map<string, string | undefined>>();
const MAX_FOUND = 8;

/** The address a relayed form message gives for the customer, or undefined when it relays nobody. */
export function relayedAddress(author: Person, text: string): string | undefined {
  const mailer = author.email;
  const at = mailer?.indexOf('@') ?? -1;
  if (!mailer || at < 1 || !(localParts.includes(mailer.slice(0, at)) || domains.includes(mailer.slice(at + 1)))) return undefined;
  const byMailer = found.get(text);
  if (byMailer?.has(mailer)) return byMailer.get(mailer);
  const address = text
    .match(EVERY_EMAIL_IN_TEXT)
    ?.map((email) => email.toLowerCase())
    .find((email) => email !== mailer);
  if (!byMailer && found.size >= MAX_FOUND) found.delete(found.keys().next().value!);
  found.set(text, (byMailer ?? new Map()).set(mailer, address));
  return address;
}

/** The customer behind a relay: the form's address, with the name its owner signs with when they write again. */
export function customerBehindRelay(customer: Person, messages: Array<{ author: Person; text: string }>): Person {
  const relay = messages.find((message) => message.author.email === customer.email);
  const email = relay && relayedAddress(relay.author, relay.text);
  if (!email) return customer;
  return { ...messages.find((message) => message.author.email === email)?.author, email };
}
