import type { Intent } from '@/lib/schemas/template';

/** A reading sure of `intent` at `confidence`, with `other` sharing the rest (the told-situation tests' input). */
export const reading = (intent: Intent, confidence: number) => ({
  intent,
  confidence,
  ranking: [
    { intent, score: confidence },
    { intent: 'other' as Intent, score: 1 - confidence },
  ],
});
