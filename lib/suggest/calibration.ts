/**
 * Confidence that means what it says: temperature scaling of the model's probabilities (Guo et
 * al., 2017). The temperature is fitted on the dev sets by scripts/train-classifier.ts and
 * shipped in the model file; the raw probabilities still decide which clauses are requests
 * (their threshold was chosen on them), the scaled ones are what the panel and `classify` show.
 * Reliability is reported as expected calibration error (ECE) on the held-out sets.
 */
import type { Intent } from '@/lib/schemas/template';
import type { IntentScore } from '@/lib/suggest/requests';

/** softmax(logits / T) from softmax(logits): p^(1/T), renormalised. */
export function scaleRanking(ranking: readonly IntentScore[], temperature: number): IntentScore[] {
  if (temperature === 1) return [...ranking];
  const powered = ranking.map((r) => ({ intent: r.intent, score: r.score ** (1 / temperature) }));
  const sum = powered.reduce((total, r) => total + r.score, 0);
  return sum > 0 ? powered.map((r) => ({ intent: r.intent, score: r.score / sum })) : [...ranking];
}

export interface CalibrationSample {
  ranking: readonly IntentScore[];
  expected: Intent;
}

const FLOOR = 1e-9;

function negativeLogLikelihood(samples: readonly CalibrationSample[], temperature: number): number {
  let total = 0;
  for (const sample of samples) {
    const scaled = scaleRanking(sample.ranking, temperature);
    total -= Math.log(Math.max(FLOOR, scaled.find((r) => r.intent === sample.expected)?.score ?? 0));
  }
  return total / Math.max(1, samples.length);
}

/** The temperature in [0.25, 8] (a log-spaced grid, then a finer one) with the least NLL. */
export function fitTemperature(samples: readonly CalibrationSample[]): number {
  const search = (from: number, to: number, steps: number) => {
    let best = { t: 1, nll: Infinity };
    for (let i = 0; i <= steps; i++) {
      const t = Math.exp(Math.log(from) + ((Math.log(to) - Math.log(from)) * i) / steps);
      const nll = negativeLogLikelihood(samples, t);
      if (nll < best.nll) best = { t, nll };
    }
    return best.t;
  };
  const coarse = search(0.25, 8, 40);
  return Number(search(coarse / 1.2, coarse * 1.2, 40).toFixed(3));
}

export interface Prediction {
  confidence: number;
  correct: boolean;
}

/** ECE over equal-width confidence bins: the mean gap between confidence and accuracy, weighted by bin size. */
export function expectedCalibrationError(predictions: readonly Prediction[], bins = 10): number {
  const count = new Array<number>(bins).fill(0);
  const confidence = new Array<number>(bins).fill(0);
  const correct = new Array<number>(bins).fill(0);
  for (const p of predictions) {
    const bin = Math.min(bins - 1, Math.floor(p.confidence * bins));
    count[bin]! += 1;
    confidence[bin]! += p.confidence;
    correct[bin]! += Number(p.correct);
  }
  let error = 0;
  for (let b = 0; b < bins; b++) if (count[b]! > 0) error += Math.abs(confidence[b]! - correct[b]!);
  return predictions.length ? error / predictions.length : 0;
}
