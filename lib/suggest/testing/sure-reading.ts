import type { Intent } from '@/lib/schemas/template';
import { readAsTold } from '@/lib/suggest/told-situation';

/** A reading sure of `intent` at `confidence`, with `others` sharing the rest (the told-situation tests' input). */
export const reading = (intent: Intent, confidence: number, others: readonly Intent[] = ['other']) => ({
  intent,
  confidence,
  ranking: [{ intent, score: confidence }, ...others.map((o) => ({ intent: o, score: (1 - confidence) / others.length }))],
});

/** What a clause read as `intent` (asked, sure at `confidence`) is read as once its told situation counts. */
export const readAs = (clause: string, intent: Intent, confidence = 0.8) => readAsTold(clause, reading(intent, confidence), true)?.intent;

/** What a clause of the mail's story (read as `other`, unsure, asking nothing) is read as. */
export const readStory = (clause: string) => readAsTold(clause, reading('other', 0.6), false)?.intent;
