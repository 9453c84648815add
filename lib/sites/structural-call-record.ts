/**
 * A telephony record in the timeline ("Outgoing call · 3 min 41 s · not answered"): the page's line
 * about a call, not a message, when nobody signs it. Known by its kind (`kind="call"`, `call-log`,
 * structural-class-words.json's recordClassWords) where the other blocks are of other kinds, so it
 * holds in any language and in a redacted snapshot. A call someone logged with a note or a
 * transcript is signed by them: a message of theirs.
 */
import type { GenericMessage } from './generic-message';
import { fromWords } from './reader-words';

const RECORD_WORDS = fromWords((words) => new Set(words.recordClassWords));

export function isUnsignedRecord({ author, classWords }: GenericMessage, shared: Set<string>): boolean {
  return !author.name && !author.email && [...classWords].some((word) => !shared.has(word) && RECORD_WORDS().has(word));
}
