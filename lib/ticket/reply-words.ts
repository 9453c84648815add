/**
 * Loads reply-words.json: per-language words and phrases that mail clients print around quoted
 * history and signatures, kept as data so a language is added without touching code. Each entry
 * is a regular-expression fragment; this module only validates the file and joins the fragments.
 */
import { z } from 'zod';
import words from './reply-words.json';

/** `{ en: [...], de: [...] }`; keys starting with "$" are comments. */
const ByLanguage = z.record(z.string(), z.union([z.array(z.string().min(1)), z.string()]));

const ReplyWordsSchema = z.object({
  attributionVerbsBeforeColon: ByLanguage,
  attributionVerbsWeak: ByLanguage,
  attributionVerbsBeforeName: ByLanguage,
  attributionVerbsBeforeDate: ByLanguage,
  attributionVerbsNoColon: z.array(z.string().min(1)),
  attributionStarts: z.array(z.string().min(1)),
  companyLegalForms: z.array(z.string().min(1)),
  headerFromKeys: ByLanguage,
  headerOtherKeys: ByLanguage,
  originalMessage: ByLanguage,
  historyHeadings: ByLanguage,
  forwarded: ByLanguage,
  forwardIntros: ByLanguage,
  forwardSubjectPrefixes: ByLanguage,
  headerSubjectKeys: ByLanguage,
  mobileSignatures: ByLanguage,
  clientFooterLines: ByLanguage,
  mobileDevices: ByLanguage,
  closings: ByLanguage,
  nameSignOffs: ByLanguage,
  surnameNames: ByLanguage,
  surnameWords: ByLanguage,
  givenNames: ByLanguage,
  attributionOpeners: ByLanguage,
  gatewayBanners: ByLanguage,
  disclaimers: ByLanguage,
  relayNotices: ByLanguage,
  forwardAnnouncements: ByLanguage,
  greetings: ByLanguage,
  addressTitles: ByLanguage,
  addressSuffixes: ByLanguage,
  replyAboveMarkers: ByLanguage,
});
type ReplyWords = z.infer<typeof ReplyWordsSchema>;
export type WordList = { [K in keyof ReplyWords]: ReplyWords[K] extends string[] ? K : never }[keyof ReplyWords];
export type LanguageWordList = Exclude<keyof ReplyWords, WordList>;

const REPLY_WORDS = ReplyWordsSchema.parse(words);

/** Longest first, so an alternation prefers "Reply Message" over "Reply" and keeps its match whole. */
const byLengthDesc = (a: string, b: string) => b.length - a.length;

/** Every language's fragments of one list, each once, longest first. */
export function fragmentsOf(list: LanguageWordList): string[] {
  const fragments = Object.entries(REPLY_WORDS[list])
    .filter(([key]) => !key.startsWith('$'))
    .flatMap(([, value]) => (Array.isArray(value) ? value : []));
  return [...new Set(fragments)].sort(byLengthDesc);
}

/** Every language's fragments of one list, as one non-capturing alternation. */
export function alternationOf(list: LanguageWordList): string {
  return `(?:${fragmentsOf(list).join('|')})`;
}

/** A language-neutral list's fragments, as they are in the file. */
export const fragmentsOfList = (list: WordList): readonly string[] => REPLY_WORDS[list];

/** A language-neutral list as one non-capturing alternation. */
export function alternationOfList(list: WordList): string {
  return `(?:${[...REPLY_WORDS[list]].sort(byLengthDesc).join('|')})`;
}
