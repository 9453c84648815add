/**
 * "Replied by <agent>" is an agent label; "replied by SMS" is not: after the label's "by" comes the
 * channel the message came through, and the customer's own SMS reply reads "Miren a répondu par SMS"
 * (Help Scout's French UI, blind set 16, 2026-12-07). A channel is a word of the channel list
 * (structural-channel-words.json, any case) or an acronym (SMS, MMS, API: capitals only, which a
 * person's name is not); the "by" and the channel are cut from a block's header before its labels
 * are read. The header keeps its case until then, because an acronym is told by its capitals.
 */
import { fromWords } from './reader-words';

/** "by"/"par"/"por" and the word after it. */
const BY_WORD = fromWords((words) => new RegExp(`(?<![\\p{L}\\p{M}])(?:${words.labelBy})\\s+([\\p{L}\\p{M}][\\p{L}\\p{M}-]*)`, 'giu'));
const CHANNELS = fromWords((words) => new Set(words.labelChannels));
const ACRONYM = /^\p{Lu}{2,4}$/u;

/** The header without "by <channel>": what is left says who wrote it, if anything. */
export function withoutChannelAfterBy(header: string): string {
  return header.replace(BY_WORD(), (phrase, word: string) => (ACRONYM.test(word) || CHANNELS().has(word.toLowerCase()) ? '' : phrase));
}
