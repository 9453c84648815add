/**
 * Is the shown confidence honest? On each real-style set: the top request's confidence against
 * whether its intent is right, as expected calibration error (10 bins), raw (temperature 1) and
 * as shipped (the temperature fitted on the two dev sets by scripts/train-classifier.ts).
 */
import { readFileSync } from 'node:fs';
import { expectedCalibrationError, type Prediction } from '@/lib/suggest/calibration';
import { classifyWith } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { parseRequestSet } from '@/lib/suggest/request-set';
import { REAL_MAIL_SETS } from './real-mail';
import type { EvalReport } from './types';

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function predictions(model: LinearModel, path: string): Prediction[] {
  return parseRequestSet(readFileSync(path, 'utf8'), path).map((line) => {
    const result = classifyWith(model, line.text);
    return { confidence: result.confidence, correct: result.intent === line.intent };
  });
}

export function calibrationSummary(
  model: LinearModel,
  path: string,
): { raw: number; calibrated: number; meanConfidence: number; accuracy: number } {
  const raw = predictions({ ...model, temperature: 1 }, path);
  const shipped = predictions(model, path);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    raw: expectedCalibrationError(raw),
    calibrated: expectedCalibrationError(shipped),
    meanConfidence: mean(shipped.map((p) => p.confidence)),
    accuracy: mean(shipped.map((p) => Number(p.correct))),
  };
}

export function calibrationReport(model: LinearModel): EvalReport {
  return {
    title: `Confidence calibration (temperature ${model.temperature}, fitted on the dev sets)`,
    rows: Object.entries(REAL_MAIL_SETS).map(([set, path]) => {
      const s = calibrationSummary(model, path);
      return {
        set,
        'top-1': pct(s.accuracy),
        'mean confidence': pct(s.meanConfidence),
        'ECE raw': pct(s.raw),
        'ECE calibrated': pct(s.calibrated),
      };
    }),
    notes: [
      'ECE: expected calibration error over 10 equal-width confidence bins (lower is better); the held-out sets were not used to fit the temperature',
    ],
  };
}
