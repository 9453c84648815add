/**
 * Lines in a conversation that nobody wrote: status changes, assignments, the platform's own
 * notices ("Your message was delivered to the buyer"). They are not messages, so they are never
 * the customer's latest. Known by a class word only they carry (`system`, `notice`, `event`), by a
 * platform as their sender, or by being a short line in the words of such events (nine languages).
 * "Tiago attached IMG_2118.jpg" is one too, but "I attached the photo" is a message: an attachment
 * line is an event only when it names a participant first, in the third person, and a file.
 * Cards without a sender among authored messages go too (./structural-cards.ts).
 */
import type { GenericMessage } from './generic-message';
import { fromWords } from './reader-words';
import { isSignedRecord, isUnsignedRecord } from './structural-call-record';
import { automatedReplies } from './structural-automated';
import { escapeRegExp } from './escape-regexp';
import { withoutCards } from './structural-cards';
import { isReceiptNaming } from './structural-receipt';

const SYSTEM_WORDS = fromWords((words) => new Set(words.systemClassWords));
const PLATFORM_AUTHORS = fromWords((words) => new Set(words.platformAuthors));
const MAX_EVENT_CHARS = 200;
/** Words at the start of a sender line that may be the sender's name ("Tiago Ferreira started the chat"). */
const SENDER_WORDS = 4;
const escaped = (phrases: string[]) => phrases.map(escapeRegExp).join('|');
const EVENT = fromWords((words) => new RegExp(escaped(words.events), 'iu'));
const ATTACHED = fromWords((words) => new RegExp(escaped(words.attachedEvents), 'iu'));
/** A file's name: a word, a dot, a short extension ("IMG_2118.jpg", "rechnung.PDF"). */
const FILE_NAME = /\S\.[a-z0-9]{2,4}\b/i;

/** The messages without the events among them. */
export function withoutEvents(messages: GenericMessage[]): GenericMessage[] {
  if (messages.length === 0) return messages;
  const shared = new Set([...messages[0]!.classWords].filter((word) => messages.every((message) => message.classWords.has(word))));
  const automated = automatedReplies(messages);
  // Who takes part: the first words of each message's sender line (a name is often only there, not read as its author).
  const senders = messages.map(({ author, header }) =>
    `${author.name ?? ''} ${header}`.trim().toLowerCase().split(/\s+/).slice(0, SENDER_WORDS),
  );
  // An unsigned line saying who has seen the chat ("Seen by Ploy S.") is a receipt (./structural-receipt.ts).
  const names = messages.flatMap(({ author }) => (author.name ? [author.name.toLowerCase()] : []));
  const receipt = (message: GenericMessage) => !message.author.name && !message.author.email && isReceiptNaming(message.text, names);
  return withoutCards(
    messages.filter(
      (message, index) =>
        !isEvent(message, shared, automated[index]!) &&
        !isAttachmentLine(message.text, index, senders) &&
        !receipt(message) &&
        !isUnsignedRecord(message, shared),
    ),
  );
}

/** "<participant> attached <file>": a platform's line about a message, not one. */
function isAttachmentLine(text: string, index: number, senders: string[][]): boolean {
  const line = text.toLowerCase();
  if (line.length > MAX_EVENT_CHARS || !FILE_NAME.test(line) || !ATTACHED().test(line)) return false;
  const first = line.split(/\s/, 1)[0]!;
  return first.length > 1 && senders.some((sender, other) => other !== index && sender.includes(first));
}

function isEvent(message: GenericMessage, shared: Set<string>, automated: boolean): boolean {
  const author = message.author.name?.toLowerCase();
  if (author && PLATFORM_AUTHORS().has(author) && !message.author.email) return true;
  // The shop's automated reply is a message from us (structural-automated.ts), not an event.
  if (automated) return false;
  if (isSignedRecord(message, shared)) return false;
  if ([...message.classWords].some((word) => !shared.has(word) && SYSTEM_WORDS().has(word))) return true;
  return message.text.length <= MAX_EVENT_CHARS && EVENT().test(`${message.header} ${message.text}`);
}
