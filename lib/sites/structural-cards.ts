/**
 * Cards and line items inside a thread that nobody wrote: a custom-listing or order card, a
 * satisfaction rating, a return label. Pages show them between messages, in an element of another
 * kind (`convo-card` among `convo-msg`, `c-LineItem` among `c-ThreadItem`, seen 2026-12-06) and
 * without a sender line, while every message shows its author. Decided by structure, so in every
 * language: a block without an author whose kind no authored message has, where the authored
 * messages are of one kind and from two people or more. Such cards are few: when the authorless
 * blocks are as many as half the authored ones, they are rather one side's unnamed chat bubbles,
 * and stay.
 */
import type { GenericMessage } from './generic-message';

export function withoutCards(messages: GenericMessage[]): GenericMessage[] {
  const authored = messages.filter(hasAuthor);
  const kinds = new Set(authored.map((message) => message.kind));
  const people = new Set(authored.map(({ author }) => (author.email ?? author.name ?? '').toLowerCase()));
  if (kinds.size !== 1 || people.size < 2) return messages;
  const cards = messages.filter((message) => !hasAuthor(message) && !kinds.has(message.kind));
  return cards.length > 0 && cards.length * 2 < authored.length ? messages.filter((message) => !cards.includes(message)) : messages;
}

function hasAuthor({ author }: GenericMessage): boolean {
  return !!(author.name || author.email);
}
