import { describe, expect, it } from 'vitest';
import { averageModels } from '@/lib/suggest/average-models';
import { extractFeatures } from '@/lib/suggest/features';
import { type LinearModel, predictVector } from '@/lib/suggest/linear-model';

const config = { buckets: 4, charMin: 3, charMax: 3, charWeight: 1 };
const intents = ['refund', 'exchange'] as const;

function model(weights: number[], bias: number[]): LinearModel {
  return { intents, config, weights: Float32Array.from(weights), bias: Float32Array.from(bias), temperature: 1.3 };
}

describe('averageModels', () => {
  it('takes the element-wise mean of weights and biases, and leaves the temperature to be refitted', () => {
    const averaged = averageModels([model([1, 2, 3, 4, 5, 6, 7, 8], [0, 1]), model([3, 2, 1, 0, -1, -2, -3, -4], [2, -1])]);
    expect(Array.from(averaged.weights)).toEqual([2, 2, 2, 2, 2, 2, 2, 2]);
    expect(Array.from(averaged.bias)).toEqual([1, 0]);
    expect(averaged.temperature).toBe(1);
    expect(averaged.weights.length).toBe(8);
  });

  it("gives logits that are the mean of the members' logits (a linear model)", () => {
    const a = model([0.5, -1, 2, 0.25, -0.75, 1, 0, 3], [0.1, -0.2]);
    const b = model([-2, 1, 0.5, 0.5, 1.5, -1, 2, -3], [0.3, 0.4]);
    const x = extractFeatures('wrong size, please swap it', config);
    const logits = (m: LinearModel) => Array.from(predictVector(m, x), Math.log);
    const mean = logits(averageModels([a, b]));
    const [la, lb] = [logits(a), logits(b)];
    // Log-probabilities differ from logits by one constant per model, so compare the class margin.
    expect(mean[0]! - mean[1]!).toBeCloseTo((la[0]! - la[1]! + lb[0]! - lb[1]!) / 2, 5);
  });

  it('is a no-op for one member and refuses members of another shape', () => {
    const one = model([1, 2, 3, 4, 5, 6, 7, 8], [0.5, 0.25]);
    expect(Array.from(averageModels([one]).weights)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(() => averageModels([one, model([1, 2], [0, 0])])).toThrow(/differ/);
    expect(() => averageModels([])).toThrow(/no members/);
  });
});
