/**
 * Trains the intent model: multinomial logistic regression with L2, per-example AdaGrad,
 * seeded shuffling. Same examples + same options ⇒ byte-identical model. Used by
 * scripts/train-classifier.ts, the eval suite and the accuracy test; never by the extension.
 */
import { INTENTS, type Intent } from '@/lib/schemas/template';
import { extractFeatures, type FeatureConfig, type SparseVector } from '@/lib/suggest/features';
import { softmaxInPlace, type LinearModel } from '@/lib/suggest/linear-model';

export interface TrainingExample {
  text: string;
  intent: Intent;
}

export interface TrainOptions {
  config: FeatureConfig;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  /** 0 = raw class frequencies, 1 = every intent weighs the same in total. */
  classBalance: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = { buckets: 32768, charMin: 3, charMax: 5, charWeight: 0.8 };

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  config: DEFAULT_FEATURE_CONFIG,
  epochs: 12,
  learningRate: 0.3,
  l2: 1e-5,
  seed: 20261124,
  classBalance: 0.7,
};

/** mulberry32: a tiny seeded PRNG, so shuffles are reproducible across machines. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffleInPlace<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function classWeights(labels: number[], classes: number, balance: number): Float64Array {
  const counts = new Float64Array(classes);
  for (const label of labels) counts[label]! += 1;
  const present = counts.filter((n) => n > 0);
  const mean = present.reduce((a, b) => a + b, 0) / present.length;
  return counts.map((n) => (n > 0 ? (mean / n) ** balance : 0));
}

export function trainIntentModel(examples: TrainingExample[], options: TrainOptions = DEFAULT_TRAIN_OPTIONS): LinearModel {
  const intents = INTENTS;
  const classes = intents.length;
  const { buckets } = options.config;
  const vectors: SparseVector[] = examples.map((e) => extractFeatures(e.text, options.config));
  const labels = examples.map((e) => intents.indexOf(e.intent));
  const weightOf = classWeights(labels, classes, options.classBalance);

  const weights = new Float32Array(buckets * classes);
  const bias = new Float32Array(classes);
  const gradSquares = new Float32Array(buckets * classes).fill(1e-6);
  const biasGradSquares = new Float32Array(classes).fill(1e-6);
  const random = seededRandom(options.seed);
  const order = examples.map((_, i) => i);
  const scores = new Float64Array(classes);

  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (const i of shuffleInPlace(order, random)) {
      const x = vectors[i]!;
      const label = labels[i]!;
      scores.set(bias);
      for (let k = 0; k < x.indices.length; k++) {
        const base = x.indices[k]! * classes;
        for (let c = 0; c < classes; c++) scores[c]! += x.values[k]! * weights[base + c]!;
      }
      softmaxInPlace(scores);
      const exampleWeight = weightOf[label]!;
      for (let c = 0; c < classes; c++) {
        const error = (scores[c]! - (c === label ? 1 : 0)) * exampleWeight;
        biasGradSquares[c]! += error * error;
        bias[c]! -= (options.learningRate * error) / Math.sqrt(biasGradSquares[c]!);
        for (let k = 0; k < x.indices.length; k++) {
          const w = x.indices[k]! * classes + c;
          // L2 only on the weights this example touches: the usual sparse approximation.
          const g = error * x.values[k]! + options.l2 * weights[w]!;
          gradSquares[w]! += g * g;
          weights[w]! -= (options.learningRate * g) / Math.sqrt(gradSquares[w]!);
        }
      }
    }
  }
  return { intents, config: options.config, weights, bias, temperature: 1 };
}
