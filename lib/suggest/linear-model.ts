/**
 * Multinomial logistic regression over hashed features, and its compact file form.
 * Weights are stored feature-major (weights[feature * classes + class]) so scoring a sparse
 * vector reads contiguous memory, and shipped as int8 with one scale per class: a quarter of
 * float32, with no measurable loss in accuracy (see scripts/eval/intent.ts).
 */
import { z } from 'zod';
import { IntentSchema, type Intent } from '@/lib/schemas/template';
import { extractFeatures, type FeatureConfig, type SparseVector } from '@/lib/suggest/features';

export interface LinearModel {
  intents: readonly Intent[];
  config: FeatureConfig;
  weights: Float32Array;
  bias: Float32Array;
  /** Temperature that calibrates the shown confidence (calibration.ts); 1 leaves it raw. */
  temperature: number;
  /** A second model over other features whose probabilities are averaged with this one's. */
  companion?: LinearModel;
}

export const MODEL_FORMAT = 'deskpilot.intent-model/v1';

const SerializedMemberSchema = z.object({
  intents: z.array(IntentSchema).min(2),
  // Strict: a file from a feature option this code no longer has (language keys, dropped) is refused, not misread.
  config: z.strictObject({
    buckets: z.number().int().positive(),
    charMin: z.number().int().positive(),
    charMax: z.number().int().positive(),
    charWeight: z.number().positive(),
    blocks: z.enum(['words', 'chars']).optional(),
  }),
  bias: z.array(z.number()),
  scales: z.array(z.number().positive()),
  /** int8 weights, feature-major, base64. */
  weights: z.string(),
});

export const SerializedModelSchema = SerializedMemberSchema.extend({
  format: z.literal(MODEL_FORMAT),
  trainedOn: z.string(),
  /** Fitted on out-of-fold readings (fit-temperature.ts); absent in files from before calibration (then 1). */
  temperature: z.number().positive().optional(),
  /** A second model over other features, averaged in (an ensemble of two). */
  companion: SerializedMemberSchema.optional(),
});
export type SerializedModel = z.infer<typeof SerializedModelSchema>;
type SerializedMember = z.infer<typeof SerializedMemberSchema>;

/** Class probabilities for one feature vector, in model.intents order. */
export function predictVector(model: LinearModel, x: SparseVector): Float64Array {
  const classes = model.intents.length;
  const scores = Float64Array.from(model.bias);
  for (let k = 0; k < x.indices.length; k++) {
    const base = (x.indices[k] ?? 0) * classes;
    const value = x.values[k] ?? 0;
    for (let c = 0; c < classes; c++) scores[c]! += value * (model.weights[base + c] ?? 0);
  }
  return softmaxInPlace(scores);
}

export function predictText(model: LinearModel, text: string): Float64Array {
  const own = predictVector(model, extractFeatures(text, model.config));
  if (!model.companion) return own;
  const other = predictText(model.companion, text);
  return own.map((p, c) => (p + (other[c] ?? 0)) / 2);
}

export function softmaxInPlace(scores: Float64Array): Float64Array {
  let max = -Infinity;
  for (const s of scores) max = Math.max(max, s);
  let sum = 0;
  for (let c = 0; c < scores.length; c++) {
    scores[c] = Math.exp(scores[c]! - max);
    sum += scores[c]!;
  }
  for (let c = 0; c < scores.length; c++) scores[c]! /= sum;
  return scores;
}

export function serializeModel(model: LinearModel, trainedOn: string): SerializedModel {
  const { intents, config, bias, scales, weights } = serializeMember(model);
  return {
    format: MODEL_FORMAT,
    trainedOn,
    intents,
    config,
    bias,
    scales,
    weights,
    temperature: model.temperature,
    ...(model.companion ? { companion: serializeMember(model.companion) } : {}),
  };
}

function serializeMember(model: LinearModel): SerializedMember {
  const classes = model.intents.length;
  const scales = model.intents.map((_, c) => {
    let max = 0;
    for (let i = c; i < model.weights.length; i += classes) max = Math.max(max, Math.abs(model.weights[i]!));
    return max > 0 ? max / 127 : 1;
  });
  const bytes = new Uint8Array(model.weights.length);
  const signed = new Int8Array(bytes.buffer);
  model.weights.forEach((w, i) => {
    signed[i] = Math.round(w / scales[i % classes]!);
  });
  return {
    intents: [...model.intents],
    config: model.config,
    bias: Array.from(model.bias, (b) => Number(b.toFixed(5))),
    scales: scales.map((s) => Number(s.toPrecision(7))),
    weights: bytesToBase64(bytes),
  };
}

export function deserializeModel(serialized: SerializedModel): LinearModel {
  const model = { ...deserializeMember(serialized), temperature: serialized.temperature ?? 1 };
  return serialized.companion ? { ...model, companion: { ...deserializeMember(serialized.companion), temperature: 1 } } : model;
}

function deserializeMember(serialized: SerializedMember): Omit<LinearModel, 'temperature'> {
  const classes = serialized.intents.length;
  const signed = new Int8Array(base64ToBytes(serialized.weights).buffer);
  if (signed.length !== serialized.config.buckets * classes) throw new Error('intent model: weight count does not match its shape');
  // A plain loop: Float32Array.from with a map function took ~250 ms here for 172 k weights.
  const weights = new Float32Array(signed.length);
  const scales = serialized.scales;
  for (let i = 0, c = 0; i < signed.length; i++, c = c + 1 === classes ? 0 : c + 1) weights[i] = signed[i]! * scales[c]!;
  return { intents: serialized.intents, config: serialized.config, weights, bias: Float32Array.from(serialized.bias) };
}

/** btoa/atob exist in extension pages and in Node ≥ 16; they take "binary strings". */
function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function base64ToBytes(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
