/**
 * The training corpus: Bitext (mapped onto our taxonomy) plus the hand-written examples in this
 * folder's data/*.jsonl, plus email-envelope copies of both, plus the labelled requests of the
 * real-mail sets already tuned on (real-mail-requests.ts). No other eval set in tests/fixtures/intent
 * is read here: not held-out 1–6, not a set written after held-out 17, not the email-style sets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBitext, type BitextExample } from '@/lib/suggest/bitext';
import { requireCorpus } from '@/lib/testing/corpora';
import type { TrainingExample } from '@/lib/suggest/train';
import { inEnvelope } from './envelope';
import { loadExamples } from './load-examples';
import { realMailRequests } from './real-mail-requests';

export function loadBitext(path = join(requireCorpus('bitext'), 'train.jsonl')): BitextExample[] {
  return parseBitext(readFileSync(path, 'utf8'));
}

/** Data files in scripts/training/data; the order is part of the recipe (it seeds the shuffle). */
const ENGLISH_FILES = ['en-returns', 'en-questions', 'en-email', 'en-more', 'en-extra'];
const OTHER_LANGUAGE_FILES = ['de', 'es', 'fr', 'ko', 'ja', 'multilingual-extra', 'multilingual-broad', 'real-mails', 'fourth-pass-mails'];
/** Single clauses, as the classifier meets them once a message is split into its requests. */
const CLAUSE_FILES = [
  'en-clauses',
  'de-clauses',
  'fr-clauses',
  'es-clauses',
  'ko-clauses',
  'real-clauses',
  'varied-requests',
  'third-pass-clauses',
  'fourth-pass-clauses',
  'fifth-pass-clauses',
  'sixth-pass-clauses',
  'seventh-pass-clauses',
  'eighth-pass-clauses',
  'ninth-pass-clauses',
  'eleventh-pass-clauses',
];
/** Context sentences that ask nothing ("I ordered it on the 12th."), labelled other; seen once per epoch, or their nouns ("parcel", "colis") start to mean "other". */
const STORY_FILES = [
  'story-clauses',
  'third-pass-stories',
  'fourth-pass-stories',
  'fifth-pass-stories',
  'sixth-pass-stories',
  'seventh-pass-stories',
  'eighth-pass-stories',
  'ninth-pass-stories',
  'eleventh-pass-stories',
];

export const HANDWRITTEN_ENGLISH: TrainingExample[] = loadExamples(ENGLISH_FILES);
export const HANDWRITTEN_OTHER_LANGUAGES: TrainingExample[] = loadExamples(OTHER_LANGUAGE_FILES);
export const HANDWRITTEN_CLAUSES: TrainingExample[] = loadExamples(CLAUSE_FILES);
export const STORY_CLAUSES: TrainingExample[] = loadExamples(STORY_FILES);

/**
 * Bitext is thousands of English rows; each language has a few hundred hand-written ones. Seen
 * this many times per epoch, they weigh enough for their words to win (chosen on the dev set).
 */
export const OTHER_LANGUAGE_REPEATS = 4;

/** Share of Bitext rows also given an email envelope; all hand-written English rows get one. */
const BITEXT_ENVELOPE_SHARE = 0.25;

/**
 * The requests of real mail by fourteen authors, each its span: seen this many times per epoch.
 * Chosen by scripts/training/cross-set.ts (sets split by author): 3 read the other half's sets
 * better than 1 in both directions.
 */
export const REAL_MAIL_REPEATS = 3;
export const REAL_MAIL_REQUESTS: TrainingExample[] = realMailRequests();

export interface CorpusOptions {
  /** The real-mail requests trained on; cross-set.ts passes a subset, or none for the recipe without them. */
  realMail?: TrainingExample[];
  realMailRepeats?: number;
}

/** Every hand-written example, once: the pool cross-validation splits into folds. */
export const HANDWRITTEN: TrainingExample[] = [
  ...HANDWRITTEN_ENGLISH,
  ...HANDWRITTEN_OTHER_LANGUAGES,
  ...HANDWRITTEN_CLAUSES,
  ...STORY_CLAUSES,
];

/** `keep` leaves hand-written examples out (a cross-validation fold); Bitext is always in full. */
export function buildCorpus(
  bitext: TrainingExample[],
  seed: number,
  keep: (example: TrainingExample) => boolean = () => true,
  { realMail = REAL_MAIL_REQUESTS, realMailRepeats = REAL_MAIL_REPEATS }: CorpusOptions = {},
): TrainingExample[] {
  const everyFourth = bitext.filter((_, i) => i % Math.round(1 / BITEXT_ENVELOPE_SHARE) === 0);
  const english = HANDWRITTEN_ENGLISH.filter(keep);
  const otherLanguages = [...HANDWRITTEN_OTHER_LANGUAGES, ...HANDWRITTEN_CLAUSES].filter(keep);
  return [
    ...bitext,
    ...english,
    ...Array.from({ length: OTHER_LANGUAGE_REPEATS }, () => otherLanguages).flat(),
    ...STORY_CLAUSES.filter(keep),
    ...inEnvelope(everyFourth, seed),
    ...inEnvelope(english, seed + 1),
    ...Array.from({ length: realMailRepeats }, () => realMail.filter(keep)).flat(),
  ];
}
