import { describe, expect, it } from 'vitest';
import { type CalibrationSample, expectedCalibrationError, fitTemperature, scaleRanking } from '@/lib/suggest/calibration';

const ranking = [
  { intent: 'refund', score: 0.9 },
  { intent: 'return_request', score: 0.08 },
  { intent: 'other', score: 0.02 },
] as const;

describe('calibration', () => {
  it('a temperature above 1 softens, below 1 sharpens, and keeps the order and the sum', () => {
    const soft = scaleRanking(ranking, 2);
    const sharp = scaleRanking(ranking, 0.5);
    expect(soft[0]!.score).toBeLessThan(0.9);
    expect(sharp[0]!.score).toBeGreaterThan(0.9);
    for (const scaled of [soft, sharp]) {
      expect(scaled.map((r) => r.intent)).toEqual(ranking.map((r) => r.intent));
      expect(scaled.reduce((sum, r) => sum + r.score, 0)).toBeCloseTo(1, 9);
    }
    expect(scaleRanking(ranking, 1)).toEqual(ranking);
  });

  it('fits a temperature above 1 to an overconfident model and below 1 to a timid one', () => {
    // Always 90 % sure, right 6 times in 10: overconfident.
    const overconfident: CalibrationSample[] = Array.from({ length: 10 }, (_, i) => ({
      ranking,
      expected: i < 6 ? 'refund' : 'return_request',
    }));
    expect(fitTemperature(overconfident)).toBeGreaterThan(1.2);
    // 40 % sure and always right: timid.
    const timidRanking = [
      { intent: 'refund', score: 0.4 },
      { intent: 'return_request', score: 0.35 },
      { intent: 'other', score: 0.25 },
    ] as const;
    expect(fitTemperature(Array.from({ length: 10 }, () => ({ ranking: timidRanking, expected: 'refund' as const })))).toBeLessThan(0.8);
  });

  it('expected calibration error is the weighted gap between confidence and accuracy', () => {
    expect(expectedCalibrationError([{ confidence: 0.95, correct: true }])).toBeCloseTo(0.05, 9);
    // Bin 0.9–1: confidence 0.9, accuracy 0.5 → gap 0.4 over all of the predictions.
    expect(
      expectedCalibrationError([
        { confidence: 0.9, correct: true },
        { confidence: 0.9, correct: false },
      ]),
    ).toBeCloseTo(0.4, 9);
    expect(expectedCalibrationError([])).toBe(0);
  });
});
