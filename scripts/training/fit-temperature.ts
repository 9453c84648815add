/**
 * The temperature that makes the shown confidence honest, fitted on the dev sets (the sets the
 * model's recipe is tuned on; the held-out sets only report its error). Each dev mail gives one
 * sample: the raw ranking of the request that leads it, against the intent the mail is about.
 */
import { readFileSync } from 'node:fs';
import { type CalibrationSample, fitTemperature } from '@/lib/suggest/calibration';
import { classifyWith } from '@/lib/suggest/classify';
import type { LinearModel } from '@/lib/suggest/linear-model';
import { parseRequestSet } from '@/lib/suggest/request-set';

export const CALIBRATION_SETS = [
  'tests/fixtures/intent/real-mail-dev.jsonl',
  'tests/fixtures/intent/real-mail-dev-2.jsonl',
  'tests/fixtures/intent/real-mail-dev-3.jsonl',
];

export function calibrationSamples(model: LinearModel, paths: readonly string[]): CalibrationSample[] {
  const raw = { ...model, temperature: 1 };
  return paths.flatMap((path) =>
    parseRequestSet(readFileSync(path, 'utf8'), path).map((line) => ({
      ranking: classifyWith(raw, line.text).ranking,
      expected: line.intent,
    })),
  );
}

export function fittedTemperature(model: LinearModel): number {
  return fitTemperature(calibrationSamples(model, CALIBRATION_SETS));
}
