/**
 * Intent of one customer message, from the shipped model (lib/suggest/intent-model.json, made by
 * scripts/train-classifier.ts), and every request it makes (requests.ts). Runs in the side panel
 * and in Node; takes raw text as a page shows it. A low confidence still names the best intent:
 * the caller decides what to do with it.
 */
import type { Intent } from '@/lib/schemas/template';
import { scaleRanking } from '@/lib/suggest/calibration';
import { tokenize } from '@/lib/suggest/normalize';
import { deserializeModel, predictText, SerializedModelSchema, type LinearModel } from '@/lib/suggest/linear-model';
import { leadRequest } from '@/lib/suggest/lead-request';
import { findRequests, type IntentReading, type MessageRequest } from '@/lib/suggest/requests';
import shippedModel from '@/lib/suggest/intent-model.json';

export type { IntentScore, MessageRequest } from '@/lib/suggest/requests';

export interface IntentResult extends IntentReading {
  /** Every request in the message, in order; `intent` is the one it leads with (lead-request.ts). */
  requests: MessageRequest[];
}

let cached: LinearModel | undefined;

export function loadShippedModel(): LinearModel {
  cached ??= deserializeModel(SerializedModelSchema.parse(shippedModel));
  return cached;
}

export function classifyIntent(text: string): IntentResult {
  return classifyWith(loadShippedModel(), text);
}

/** One reading of the text as a whole, with no splitting into requests. */
export function readWhole(model: LinearModel, text: string): IntentReading {
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

export function classifyWith(model: LinearModel, text: string): IntentResult {
  // Raw probabilities decide what is a request and which one leads; the calibrated ones are shown.
  const raw = findRequests(model, text, readWhole);
  const lead = raw.indexOf(leadRequest(text, raw));
  const requests = raw.map((request) => calibrated(model, request));
  const top = requests[lead]!;
  return { intent: top.intent, confidence: top.confidence, ranking: top.ranking, requests };
}

function calibrated(model: LinearModel, request: MessageRequest): MessageRequest {
  const ranking = scaleRanking(request.ranking, model.temperature);
  return { ...request, ranking, confidence: ranking[0]?.score ?? request.confidence };
}

/** The requests as the CLI and the ticket carry them: no per-request ranking. */
export function requestSpans(result: IntentResult): Array<{ intent: Intent; confidence: number; start: number; end: number }> {
  return result.requests.map(({ intent, confidence, start, end }) => ({ intent, confidence, start, end }));
}
