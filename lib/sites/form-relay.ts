/**
 * A shop's contact form, relayed by its platform's mailer ("Shop name" <mailer@shopify.com>, a Wix
 * or Squarespace form notification, WordPress's wordpress@ or a noreply@ at the shop's domain):
 * the message is the customer's, and the customer is the person its Name/Email fields name —
 * and whoever writes from that address later. Mailers and field labels are data
 * (form-relay-words.json, nine languages); a mailer's message without an Email field relays nobody.
 */
import type { Person, Role } from '@/lib/schemas/ticket';
import { domains, emailWords, localParts, nameWords } from './form-relay-words.json';
import { emailAddress } from './people';

/** A label word not inside a longer Latin word ("Your name:", "お名前:", not "Username:"), then up to two words before the colon. */
const label = (words: string[]) => `(?<!\\p{Script=Latin})(?:${words.join('|')})(?:[\\s-]\\p{L}{2,12}){0,2}\\s*[:：]\\s*`;
const EMAIL_FIELD = new RegExp(`${label(emailWords)}([^\\s@<>()[\\]",;:]{1,64}@[^\\s@<>()[\\]",;:]{1,190}\\.[a-z]{2,24})`, 'iu');
/** The name runs to the line's end or to the next field's label ("名前: 岡田 美咲 メール: …" on one line). */
const NAME_FIELD = new RegExp(`${label(nameWords)}([^\\n:：]{1,80}?)\\s*(?=\\n|$|\\s[^\\s:：]{1,24}[:：])`, 'iu');

/** Whether an address is a platform's form mailer. */
export function isFormRelay(email: string | undefined): boolean {
  const at = email?.indexOf('@') ?? -1;
  return at > 0 && (localParts.includes(email!.slice(0, at)) || domains.includes(email!.slice(at + 1)));
}

/** The customer a relayed form message names, or null when the message relays nobody. */
export function relayedPerson(author: Person, text: string): Person | null {
  if (!isFormRelay(author.email)) return null;
  const email = emailAddress(EMAIL_FIELD.exec(text)?.[1]);
  if (!email || email === author.email) return null;
  const name = NAME_FIELD.exec(text)?.[1]?.trim();
  return { ...(name ? { name } : {}), email };
}

/**
 * The customer behind a relay: when the customer read is a form mailer, the person its form names —
 * as that person signs their own later messages, when they write again.
 */
export function customerBehindRelay(customer: Person, messages: Array<{ author: Person; text: string; role?: Role }>): Person {
  if (!isFormRelay(customer.email)) return customer;
  for (const message of messages) {
    const named = message.author.email === customer.email ? relayedPerson(message.author, message.text) : null;
    if (!named) continue;
    const own = messages.find((other) => other.author.email === named.email);
    return own ? { ...named, ...own.author } : named;
  }
  return customer;
}
