/**
 * The reader word lists as the background sends them to a content script at start
 * (lib/sites/reader-words.ts). zod's core schemas (./core-schemas.ts): every content script parses it.
 * Lists: lower-case phrases; strings: regular-expression alternatives joined by "|".
 */
import { array, type Infer, object, string } from './core-schemas';

const phraseList = () => array(string(200), 500);
const alternatives = () => string(5000);

export const ReaderWordsSchema = object({
  agentLabels: phraseList(),
  automatedLabels: phraseList(),
  automatedClassWords: phraseList(),
  assistantNames: phraseList(),
  selfAuthorNames: phraseList(),
  deliveryReportSenders: phraseList(),
  accountPrefixes: phraseList(),
  greetings: phraseList(),
  events: phraseList(),
  attachedEvents: phraseList(),
  sectionLabels: phraseList(),
  fieldLabels: alternatives(),
  partnerBefore: alternatives(),
  partnerAfter: alternatives(),
  memberStatus: alternatives(),
  addresseeLabels: phraseList(),
  toUsLines: phraseList(),
  draftLabels: phraseList(),
  foldedMessages: phraseList(),
  translationNotes: phraseList(),
  receipts: phraseList(),
  customerLabels: alternatives(),
  shopLabels: alternatives(),
  contactPanels: alternatives(),
  formDomains: phraseList(),
  formLocalParts: phraseList(),
  channelBefore: alternatives(),
  channelGlued: alternatives(),
  labelBy: alternatives(),
  labelChannels: phraseList(),
  agentClassWords: phraseList(),
  customerClassWords: phraseList(),
  systemClassWords: phraseList(),
  recordClassWords: phraseList(),
  platformAuthors: phraseList(),
  createdByLabels: phraseList(),
  // Days, spans and months as pages write them (lib/sites/human-time-words.json); units: minutes, hours, days.
  humanTime: object({
    today: phraseList(),
    yesterday: phraseList(),
    ago: phraseList(),
    units: array(phraseList(), 3),
    pmBefore: phraseList(),
    amBefore: phraseList(),
    months: phraseList(),
  }),
});
export type ReaderWords = Infer<typeof ReaderWordsSchema>;
