/**
 * The words a redacted snapshot keeps as they are (./redact-snapshot.ts): interface vocabulary, never
 * personal data, that the readers decide by.
 */
import keep from '@/lib/sites/redact-keep-words.json';
import {
  accountPrefixes,
  agentLabels,
  attachedEvents,
  automatedLabels,
  deliveryReportSenders,
  events,
  greetings,
  selfAuthorNames,
} from '@/lib/sites/structural-words.json';
import { assistantNames } from '@/lib/sites/structural-assistant-words.json';
import { foldedMessages } from '@/lib/sites/structural-folded-words.json';
import { translationNotes } from '@/lib/sites/structural-translation-words.json';
import { receipts } from '@/lib/sites/structural-receipt-words.json';
import { draftLabels } from '@/lib/sites/structural-draft-words.json';
import { createdByLabels } from '@/lib/sites/structural-created-by-words.json';
import { customerLabels, shopLabels } from '@/lib/sites/structural-role-label-words.json';
import { sectionLabels } from '@/lib/sites/structural-subject-words.json';
import { domains, localParts } from '@/lib/sites/form-relay-words.json';
import { addresseeLabels } from '@/lib/sites/structural-header-row-words.json';
import { channels } from '@/lib/sites/structural-channel-words.json';

/** A word: a run of letters, marks and digits in any script. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of phrases, lower case, as WORD splits them. */
export function wordsOf(phrases: string[]): string[] {
  return phrases.flatMap((phrase) => phrase.toLowerCase().match(WORD) ?? []);
}

const KEPT = new Set(
  // Every label the readers decide by is UI vocabulary, not personal data, and must survive, or the snapshot reads
  // otherwise than the page (an "Automated" survey reply became an event): the readers' word lists, whole.
  // Form mailers' addresses and fields too (form-relay-words.json), and the mail system's (postmaster@): a platform's, not a person's.
  wordsOf(
    [
      agentLabels,
      automatedLabels,
      selfAuthorNames,
      accountPrefixes,
      greetings,
      events,
      attachedEvents,
      assistantNames,
      foldedMessages,
      translationNotes,
      receipts,
      draftLabels,
      createdByLabels,
      customerLabels,
      shopLabels,
      sectionLabels,
      addresseeLabels,
      channels,
      keep.words,
      domains,
      localParts,
      deliveryReportSenders,
    ].flat(),
  ),
);

/** Whether a word is the interface's, kept in every text and attribute of a snapshot. */
export function keptWord(word: string): boolean {
  return KEPT.has(word.toLowerCase());
}
