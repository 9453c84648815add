/**
 * A shop's contact form, relayed by its platform's mailer ("Shop name" <mailer@shopify.com>, a Wix
 * or Squarespace form notification, WordPress's wordpress@ or a noreply@ at the shop's domain):
 * the message is the customer's, and the customer is the address its form gives — the only other
 * address in it, whatever language its Email field is labelled in — as that person signs when they
 * write again from it. Mailers are data (form-relay-words.json); a mailer's message that gives no
 * other address (an order notice) relays nobody.
 */
import type { Person } from '@/lib/schemas/ticket';
import { readerWords } from './reader-words';
import { EVERY_EMAIL_IN_TEXT } from './people';

/**
 * The address a relayed form message gives for the customer, or undefined when it relays nobody.
 * The readers ask it once per message, where they read the message's block, and keep the answer
 * with what they read of it (`relayed`: ./generic-message.ts, ./profile/read-message.ts).
 */
export function relayedAddress(author: Person, text: string): string | undefined {
  const mailer = author.email;
  const at = mailer?.indexOf('@') ?? -1;
  const { formLocalParts, formDomains } = readerWords();
  if (!mailer || at < 1 || !(formLocalParts.includes(mailer.slice(0, at)) || formDomains.includes(mailer.slice(at + 1)))) return undefined;
  return text
    .match(EVERY_EMAIL_IN_TEXT)
    ?.map((email) => email.toLowerCase())
    .find((email) => email !== mailer);
}

/** The customer behind a relay: the form's address, with the name its owner signs with when they write again. */
export function customerBehindRelay(customer: Person, messages: ReadonlyArray<{ author: Person; relayed?: string }>): Person {
  const email = messages.find((message) => message.author.email === customer.email)?.relayed;
  if (!email) return customer;
  return { ...messages.find((message) => message.author.email === email)?.author, email };
}
