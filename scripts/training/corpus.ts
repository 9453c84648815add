/**
 * The training corpus: Bitext (mapped onto our taxonomy) plus the hand-written examples in this
 * folder's data/*.jsonl, plus email-envelope copies of both. Eval sets in tests/fixtures/intent are never read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBitext, type BitextExample } from '@/lib/suggest/bitext';
import { requireCorpus } from '@/lib/testing/corpora';
import type { TrainingExample } from '@/lib/suggest/train';
import { inEnvelope } from './envelope';
import { loadExamples } from './load-examples';

export function loadBitext(path = join(requireCorpus('bitext'), 'train.jsonl')): BitextExample[] {
  return parseBitext(readFileSync(path, 'utf8'));
}

/** Data files in scripts/training/data; the order is part of the recipe (it seeds the shuffle). */
const ENGLISH_FILES = ['en-returns', 'en-questions', 'en-email', 'en-more', 'en-extra'];
const OTHER_LANGUAGE_FILES = ['de', 'es', 'fr', 'ko', 'ja', 'multilingual-extra', 'multilingual-broad', 'real-mails'];
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
];
/** Context sentences that ask nothing ("I ordered it on the 12th."), labelled other; seen once per epoch, or their nouns ("parcel", "colis") start to mean "other". */
const STORY_FILES = ['story-clauses', 'third-pass-stories'];

export const HANDWRITTEN_ENGLISH: TrainingExample[] = loadExamples(ENGLISH_FILES);
export const HANDWRITTEN_OTHER_LANGUAGES: TrainingExample[] = loadExamples(OTHER_LANGUAGE_FILES);
export const HANDWRITTEN_CLAUSES: TrainingExample[] = loadExamples(CLAUSE_FILES);
export const STORY_CLAUSES: TrainingExample[] = loadExamples(STORY_FILES);

/**
 * Bitext is thousands of English rows; each language has a few hundred hand-written ones. Seen
 * this many times per epoch, they weigh enough for their words to win (chosen on the dev set).
 */
export const OTHER_LANGUAGE_REPEATS = 3;

/** Share of Bitext rows also given an email envelope; all hand-written English rows get one. */
const BITEXT_ENVELOPE_SHARE = 0.25;

export function buildCorpus(bitext: TrainingExample[], seed: number): TrainingExample[] {
  const everyFourth = bitext.filter((_, i) => i % Math.round(1 / BITEXT_ENVELOPE_SHARE) === 0);
  return [
    ...bitext,
    ...HANDWRITTEN_ENGLISH,
    ...Array.from({ length: OTHER_LANGUAGE_REPEATS }, () => [...HANDWRITTEN_OTHER_LANGUAGES, ...HANDWRITTEN_CLAUSES]).flat(),
    ...STORY_CLAUSES,
    ...inEnvelope(everyFourth, seed),
    ...inEnvelope(HANDWRITTEN_ENGLISH, seed + 1),
  ];
}
