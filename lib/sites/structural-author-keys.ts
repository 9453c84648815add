/**
 * Who is who across a conversation's blocks, for ./structural-roles.ts: one key per author, and the
 * customer as the non-agent author who wrote most often.
 */
import type { Person, Role } from '@/lib/schemas/ticket';
import type { GenericMessage } from '@/lib/sites/generic-message';

/**
 * The non-agent author who wrote most often (the first of them on a tie). One at the agents' own mail
 * domain is a colleague who forwarded a customer's mail or wrote for them: passed over for any other.
 */
export function mostFrequentCustomer(messages: GenericMessage[], keys: string[], roles: Role[]): Person {
  const domainOf = (email?: string) => email?.slice(email.lastIndexOf('@') + 1);
  const ours = new Set(messages.flatMap(({ author }, index) => (roles[index] === 'agent' && author.email ? [domainOf(author.email)] : [])));
  const outside = messages.some(({ author }, index) => roles[index] === 'customer' && keys[index] && !ours.has(domainOf(author.email)));
  const counts = new Map<string, { count: number; author: Person }>();
  messages.forEach((message, index) => {
    const key = keys[index]!;
    if (roles[index] !== 'customer' || !key || (outside && ours.has(domainOf(message.author.email)))) return;
    const seen = counts.get(key);
    if (seen) {
      seen.count++;
      // Fill in what the first sighting lacked (one block shows the name, another the address); the
      // address of the latest mail is the one a reply goes to.
      seen.author = { ...message.author, ...seen.author, ...(message.author.email ? { email: message.author.email } : {}) };
    } else counts.set(key, { count: 1, author: message.author });
  });
  let best: { count: number; author: Person } | undefined;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.author ?? {};
}

/**
 * One key per author: the address, else the name — and a name some block shows beside an address
 * is that address's author in the blocks that show only the name (a chat line and an email from the
 * same person, an agent's reply and their internal comment). A name shown beside two addresses is
 * one person who wrote from both (her private, then her work mail): keyed by the later one.
 */
export function authorKeys(messages: GenericMessage[]): string[] {
  const addressOf = new Map<string, string>();
  for (const { author } of messages) {
    const name = author.name?.toLowerCase();
    if (name && author.email) addressOf.set(name, author.email);
  }
  return messages.map(({ author }) => {
    const name = author.name?.toLowerCase();
    return (name && addressOf.get(name)) ?? author.email ?? name ?? '';
  });
}
