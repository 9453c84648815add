import { describe, expect, it } from 'vitest';
import { INTENTS } from '@/lib/schemas/template';
import { deserializeModel, predictText, serializeModel, SerializedModelSchema, type LinearModel } from '@/lib/suggest/linear-model';
import { DEFAULT_FEATURE_CONFIG, seededRandom } from '@/lib/suggest/train';

function randomModel(seed = 5, blocks?: 'words' | 'chars'): LinearModel {
  const random = seededRandom(seed);
  const config = { ...DEFAULT_FEATURE_CONFIG, buckets: 256, ...(blocks ? { blocks } : {}) };
  return {
    intents: INTENTS,
    config,
    weights: Float32Array.from({ length: 256 * INTENTS.length }, () => (random() - 0.5) * 4),
    bias: Float32Array.from(INTENTS, () => random() - 0.5),
    temperature: 1.7,
  };
}

describe('model file form', () => {
  it('round-trips through int8 with per-class scales, keeping predictions close', () => {
    const model = randomModel();
    const restored = deserializeModel(SerializedModelSchema.parse(JSON.parse(JSON.stringify(serializeModel(model, 'test')))));
    for (let i = 0; i < model.weights.length; i += 97)
      expect(Math.abs(restored.weights[i]! - model.weights[i]!)).toBeLessThan(2 / 127 + 1e-6);
    const before = predictText(model, 'where is my parcel');
    const after = predictText(restored, 'where is my parcel');
    for (let c = 0; c < INTENTS.length; c++) expect(after[c]!).toBeCloseTo(before[c]!, 2);
    expect(restored.temperature).toBe(1.7);
  });

  it('reads a file from before calibration as temperature 1', () => {
    const { temperature: _, ...older } = serializeModel(randomModel(), 'test');
    expect(deserializeModel(SerializedModelSchema.parse(older)).temperature).toBe(1);
  });

  it('refuses a file whose weights do not match its shape', () => {
    const serialized = serializeModel(randomModel(), 'test');
    expect(() => deserializeModel({ ...serialized, config: { ...serialized.config, buckets: 512 } })).toThrow(/shape/);
  });

  it('refuses a file from a feature option this code does not have, instead of reading it with other features', () => {
    const serialized = serializeModel(randomModel(), 'test');
    const unknownOption = { ...serialized, config: { ...serialized.config, languageKeys: true } };
    expect(SerializedModelSchema.safeParse(unknownOption).success).toBe(false);
  });

  it('keeps an ensemble: a companion over other features round-trips, and its probabilities are averaged in', () => {
    const words = randomModel(5, 'words');
    const chars = randomModel(6, 'chars');
    const ensemble = { ...words, companion: chars };
    const restored = deserializeModel(SerializedModelSchema.parse(JSON.parse(JSON.stringify(serializeModel(ensemble, 'test')))));
    expect(restored.config.blocks).toBe('words');
    expect(restored.companion?.config.blocks).toBe('chars');
    const [a, b, both] = [
      predictText(words, 'wo ist mein paket'),
      predictText(chars, 'wo ist mein paket'),
      predictText(restored, 'wo ist mein paket'),
    ];
    for (let c = 0; c < INTENTS.length; c++) expect(both[c]!).toBeCloseTo((a[c]! + b[c]!) / 2, 2);
  });
});
