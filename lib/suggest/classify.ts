/**
 * Intent of one customer message, from the shipped model (lib/suggest/intent-model.json, made by
 * scripts/train-classifier.ts). Runs in the side panel and in Node; takes raw text as a page
 * shows it. A low confidence still names the best intent: the caller decides what to do with it.
 */
import type { Intent } from '@/lib/schemas/template';
import { tokenize } from '@/lib/suggest/normalize';
import { deserializeModel, predictText, SerializedModelSchema, type LinearModel } from '@/lib/suggest/linear-model';
import shippedModel from '@/lib/suggest/intent-model.json';

export interface IntentScore {
  intent: Intent;
  score: number;
}

export interface IntentResult {
  intent: Intent;
  confidence: number;
  /** Every intent, best first; scores sum to 1. */
  ranking: IntentScore[];
}

let cached: LinearModel | undefined;

export function loadShippedModel(): LinearModel {
  cached ??= deserializeModel(SerializedModelSchema.parse(shippedModel));
  return cached;
}

export function classifyIntent(text: string): IntentResult {
  return classifyWith(loadShippedModel(), text);
}

export function classifyWith(model: LinearModel, text: string): IntentResult {
  // Nothing to read (empty, or only a greeting-free placeholder): say so rather than guess.
  if (tokenize(text).length === 0) {
    const share = 1 / model.intents.length;
    const ranking = model.intents.map((intent) => ({ intent, score: share }));
    ranking.sort((a, b) => Number(b.intent === 'other') - Number(a.intent === 'other'));
    return { intent: 'other', confidence: share, ranking };
  }
  const probabilities = predictText(model, text);
  const ranking = model.intents
    .map((intent, c) => ({ intent, score: probabilities[c] ?? 0 }))
    // Ties (practically never) fall back to taxonomy order, so the result is deterministic.
    .sort((a, b) => b.score - a.score || model.intents.indexOf(a.intent) - model.intents.indexOf(b.intent));
  const best = ranking[0]!;
  return { intent: best.intent, confidence: best.score, ranking };
}
