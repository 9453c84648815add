/**
 * Who the customer card names, against a message's author. A page may show the requester by one
 * half of their identity and the messages by the other — Zendesk's customer panel an address, its
 * log only names; a marketplace's card a real name, its bubbles a user ID. Comparing halves that
 * do not meet ("camille@…" against "Camille Lefèvre") proves nothing: such a message is left
 * undecided for the next rule (the first writer opens the ticket), never made ours. Words the page
 * writes around the names ("via e-mail", "Demandeur") play no part, so this holds in any language.
 */
import type { Person, Role } from '@/lib/schemas/ticket';
import { handle } from './labels';

export function cardRole(author: Person, card: Person, alias: string | undefined): Role | undefined {
  const name = author.name?.toLowerCase();
  if (alias && name && handle(name) === handle(alias)) return 'customer';
  if (author.email && card.email) return author.email === card.email ? 'customer' : 'agent';
  if (name && card.name) return name === card.name.toLowerCase() ? 'customer' : 'agent';
  // A name against an address alone (or an address against a name alone): nothing to compare.
  return name && alias ? 'agent' : undefined;
}

/** The card, with the half it lacks taken from the customer's own messages. */
export function completedCard(card: Person, customerAuthor: Person | undefined): Person {
  if ((card.name && card.email) || !customerAuthor) return card;
  return { ...customerAuthor, ...card };
}
