/**
 * A telephony record in the timeline ("Outgoing call · 3 min 41 s · not answered"): the page's line
 * about a call, not a message, when nobody signs it. Known by its kind (`kind="call"`, `call-log`,
 * structural-class-words.json's recordClassWords) where the other blocks are of other kinds, so it
 * holds in any language and in a redacted snapshot. A call someone logged with a note or a
 * transcript is signed by them: a message of theirs, and so is a voicemail its caller left (signed
 * by the caller, with its recording and transcript), even where the page files it among its events
 * (`event event--call`, Zendesk Talk's voice comment, 2026-12-07).
 */
import type { GenericMessage } from './generic-message';
import { fromWords } from './reader-words';

const RECORD_WORDS = fromWords((words) => new Set(words.recordClassWords));

export function isUnsignedRecord(message: GenericMessage, shared: Set<string>): boolean {
  return !message.author.name && !message.author.email && isRecord(message, shared);
}

/** A call record someone signs: theirs, whatever other class words call it an event. */
export function isSignedRecord(message: GenericMessage, shared: Set<string>): boolean {
  return (!!message.author.name || !!message.author.email) && isRecord(message, shared);
}

function isRecord({ classWords }: GenericMessage, shared: Set<string>): boolean {
  return [...classWords].some((word) => !shared.has(word) && RECORD_WORDS().has(word));
}
