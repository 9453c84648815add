/**
 * What requests.ts finds, in a file of its own so the rules it runs (clause-rules.ts,
 * request-passes.ts, request-merge.ts, take-back.ts) can name these types without importing it.
 */
import type { Intent } from '@/lib/schemas/template';

export interface IntentScore {
  intent: Intent;
  score: number;
}

export interface IntentReading {
  intent: Intent;
  confidence: number;
  /** Every intent, best first; scores sum to 1. */
  ranking: IntentScore[];
}

export interface MessageRequest extends IntentReading {
  /** UTF-16 offsets into the text as given: text.slice(start, end) is the asking clause(s). */
  start: number;
  end: number;
}
