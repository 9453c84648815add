/**
 * The training corpus: Bitext (mapped onto our taxonomy) plus the hand-written examples in this
 * folder, plus email-envelope copies of both. Eval sets in tests/fixtures/intent are never read here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseBitext, type BitextExample } from '@/lib/suggest/bitext';
import { requireCorpus } from '@/lib/testing/corpora';
import type { TrainingExample } from '@/lib/suggest/train';
import { DE } from './de';
import { EN_EMAIL } from './en-email';
import { EN_EXTRA } from './en-extra';
import { EN_MORE } from './en-more';
import { EN_QUESTIONS } from './en-questions';
import { EN_RETURNS } from './en-returns';
import { ES } from './es';
import { FR } from './fr';
import { KO } from './ko';
import { inEnvelope } from './envelope';

export function loadBitext(path = join(requireCorpus('bitext'), 'train.jsonl')): BitextExample[] {
  return parseBitext(readFileSync(path, 'utf8'));
}

export const HANDWRITTEN_ENGLISH: TrainingExample[] = [...EN_RETURNS, ...EN_QUESTIONS, ...EN_EMAIL, ...EN_MORE, ...EN_EXTRA];
export const HANDWRITTEN_OTHER_LANGUAGES: TrainingExample[] = [...DE, ...ES, ...FR, ...KO];

/** Share of Bitext rows also given an email envelope; all hand-written English rows get one. */
const BITEXT_ENVELOPE_SHARE = 0.25;

export function buildCorpus(bitext: TrainingExample[], seed: number): TrainingExample[] {
  const everyFourth = bitext.filter((_, i) => i % Math.round(1 / BITEXT_ENVELOPE_SHARE) === 0);
  return [
    ...bitext,
    ...HANDWRITTEN_ENGLISH,
    ...HANDWRITTEN_OTHER_LANGUAGES,
    ...inEnvelope(everyFourth, seed),
    ...inEnvelope(HANDWRITTEN_ENGLISH, seed + 1),
  ];
}
