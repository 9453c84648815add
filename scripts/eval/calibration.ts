/**
 * Is the shown confidence honest? On each real-style set: the top request's confidence against
 * whether its intent is right, as expected calibration error (10 bins), raw (temperature 1) and
 * as shipped (the temperature fitted on out-of-fold readings of the training examples by
 * scripts/train-classifier.ts), and whether the panel's second-opinion line (SECOND_OPINION_BELOW)
 * still splits the unsure from the sure: top-1 of the mails below it and of the rest.
 */
import { readFileSync } from 'node:fs';
import { SECOND_OPINION_BELOW as SECOND_OPINION_LINE } from '@/lib/suggest/ai/intent-opinion';
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
): { raw: number; calibrated: number; meanConfidence: number; accuracy: number; unsure: number; unsureRight: number; sureRight: number } {
  const raw = predictions({ ...model, temperature: 1 }, path);
  const shipped = predictions(model, path);
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
  return {
    raw: expectedCalibrationError(raw),
    calibrated: expectedCalibrationError(shipped),
    meanConfidence: mean(shipped.map((p) => p.confidence)),
    accuracy: mean(shipped.map((p) => Number(p.correct))),
    unsure: shipped.filter((p) => p.confidence < SECOND_OPINION_LINE).length,
    unsureRight: mean(shipped.filter((p) => p.confidence < SECOND_OPINION_LINE).map((p) => Number(p.correct))),
    sureRight: mean(shipped.filter((p) => p.confidence >= SECOND_OPINION_LINE).map((p) => Number(p.correct))),
  };
}

export function calibrationReport(model: LinearModel): EvalReport {
  return {
    title: `Confidence calibration (temperature ${model.temperature}, fitted on out-of-fold readings of the training examples)`,
    rows: Object.entries(REAL_MAIL_SETS).map(([set, path]) => {
      const s = calibrationSummary(model, path);
      return {
        set,
        'top-1': pct(s.accuracy),
        'mean confidence': pct(s.meanConfidence),
        'ECE raw': pct(s.raw),
        'ECE calibrated': pct(s.calibrated),
        [`below ${SECOND_OPINION_LINE}`]: s.unsure,
        [`top-1 below ${SECOND_OPINION_LINE}`]: s.unsure ? pct(s.unsureRight) : '–',
        [`top-1 at ${SECOND_OPINION_LINE} or above`]: pct(s.sureRight),
      };
    }),
    notes: [
      'ECE: expected calibration error over 10 equal-width confidence bins (lower is better); neither the dev nor the held-out sets were used to fit the temperature',
      `below ${SECOND_OPINION_LINE}: mails whose shown confidence sends them to the AI for a second opinion when an endpoint is configured`,
    ],
  };
}
