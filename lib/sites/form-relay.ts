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

/** The address a relayed form message gives for the customer, or undefined when it relays nobody. */
export function relayedAddress(author: Person, text: string): string | undefined {
  const at = author.email?.indexOf('@') ?? -1;
  if (at < 1 || !(localParts.includes(author.email!.slice(0, at)) || domains.includes(author.email!.slice(at + 1)))) return undefined;
  return text
    .match(EVERY_EMAIL_IN_TEXT)
    ?.map((email) => email.toLowerCase())
    .find((email) => email !== author.email);
}

/** The customer behind a relay: the form's address, with the name its owner signs with when they write again. */
export function customerBehindRelay(customer: Person, messages: Array<{ author: Person; text: string }>): Person {
  const relay = messages.find((message) => message.author.email === customer.email);
  const email = relay && relayedAddress(relay.author, relay.text);
  if (!email) return customer;
  return { ...messages.find((message) => message.author.email === email)?.author, email };
}
