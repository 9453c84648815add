/**
 * Lines in a conversation that nobody wrote: status changes, assignments, the platform's own
 * notices ("Your message was delivered to the buyer"). They are not messages, so they are never
 * the customer's latest. Known by a class word only they carry (`system`, `notice`, `event`), by a
 * platform as their sender, or by being a short line in the words of such events (nine languages).
 */
import type { GenericMessage } from './generic-message';
import { events } from './structural-words.json';
import { automatedReplies } from './structural-automated';

const SYSTEM_WORDS = new Set([
  'system',
  'notice',
  'notification',
  'event',
  'activity',
  'automated',
  'auto',
  'bot',
  'status',
  'amazon',
  'ebay',
  'etsy',
]);
const PLATFORM_AUTHORS = new Set(['amazon', 'ebay', 'etsy', 'system', 'notification', 'notifications', 'automated message']);
const MAX_EVENT_CHARS = 200;
const EVENT = new RegExp(events.map((phrase) => phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'iu');

/** The messages without the events among them. */
export function withoutEvents(messages: GenericMessage[]): GenericMessage[] {
  if (messages.length === 0) return messages;
  const shared = new Set([...messages[0]!.classWords].filter((word) => messages.every((message) => message.classWords.has(word))));
  const automated = automatedReplies(messages);
  return messages.filter((message, index) => !isEvent(message, shared, automated[index]!));
}

function isEvent(message: GenericMessage, shared: Set<string>, automated: boolean): boolean {
  const author = message.author.name?.toLowerCase();
  if (author && PLATFORM_AUTHORS.has(author) && !message.author.email) return true;
  // The shop's automated reply is a message from us (structural-automated.ts), not an event.
  if (automated) return false;
  if ([...message.classWords].some((word) => !shared.has(word) && SYSTEM_WORDS.has(word))) return true;
  return message.text.length <= MAX_EVENT_CHARS && EVENT.test(`${message.header} ${message.text}`);
}
