/**
 * The reader word lists from their data files, given to the reading code of this context on import:
 * the background (which sends them to each content script at start), the pages' extra scripts, the
 * command line, the evaluations and the unit tests import this module once (lib/sites/reader-words.ts).
 * Never imported by a content script: the lists would then be in its bytes again.
 */
import type { ReaderWords } from '@/lib/schemas/reader-words';
import { domains, localParts } from './form-relay-words.json';
import { before, glued } from './name-channel-words.json';
import { channels as labelChannels, labelBy } from './structural-channel-words.json';
import { ago, amBefore, months, pmBefore, today, units, yesterday } from './human-time-words.json';
import { giveReaderWords } from './reader-words';
import { assistantNames } from './structural-assistant-words.json';
import { agentClassWords, customerClassWords, platformAuthors, recordClassWords, systemClassWords } from './structural-class-words.json';
import { createdByLabels } from './structural-created-by-words.json';
import { draftLabels } from './structural-draft-words.json';
import { foldedMessages } from './structural-folded-words.json';
import { addresseeLabels, toUsLines } from './structural-header-row-words.json';
import { translationNotes } from './structural-translation-words.json';
import { receipts } from './structural-receipt-words.json';
import { contactPanels, customerLabels, shopLabels } from './structural-role-label-words.json';
import { fieldLabels, memberStatus, partnerAfter, partnerBefore, sectionLabels } from './structural-subject-words.json';
import {
  accountPrefixes,
  agentLabels,
  attachedEvents,
  automatedClassWords,
  deliveryReportSenders,
  automatedLabels,
  events,
  greetings,
  selfAuthorNames,
} from './structural-words.json';

export const READER_WORDS: ReaderWords = {
  agentLabels,
  automatedLabels,
  automatedClassWords,
  assistantNames,
  selfAuthorNames,
  deliveryReportSenders,
  accountPrefixes,
  greetings,
  events,
  attachedEvents,
  sectionLabels,
  fieldLabels,
  partnerBefore,
  partnerAfter,
  memberStatus,
  addresseeLabels,
  toUsLines,
  draftLabels,
  foldedMessages,
  translationNotes,
  receipts,
  customerLabels,
  shopLabels,
  contactPanels,
  formDomains: domains,
  formLocalParts: localParts,
  channelBefore: before,
  channelGlued: glued,
  labelBy,
  labelChannels,
  agentClassWords,
  customerClassWords,
  systemClassWords,
  recordClassWords,
  platformAuthors,
  createdByLabels,
  humanTime: { today, yesterday, ago, units, pmBefore, amBefore, months },
};

giveReaderWords(READER_WORDS);
