/**
 * Reads the hand-written training examples in scripts/training/data/*.jsonl, one
 * `{"text", "intent"}` a line. Every line is checked, and a bad one names its file and line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { IntentSchema } from '@/lib/schemas/template';
import type { TrainingExample } from '@/lib/suggest/train';

/** Relative to the repository root, like every script's paths. */
export const TRAINING_DATA_DIR = 'scripts/training/data';

const ExampleLineSchema = z.object({ text: z.string().min(1), intent: IntentSchema });

export function parseExamples(jsonl: string, name: string): TrainingExample[] {
  return jsonl.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new Error(`${name} line ${i + 1}: not valid JSON`);
    }
    const parsed = ExampleLineSchema.safeParse(value);
    if (!parsed.success) throw new Error(`${name} line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
    return [parsed.data];
  });
}

/** The examples of the named data files (without `.jsonl`), in the order given. */
export function loadExamples(names: readonly string[], dir = TRAINING_DATA_DIR): TrainingExample[] {
  return names.flatMap((name) => {
    const path = join(dir, `${name}.jsonl`);
    return parseExamples(readFileSync(path, 'utf8'), path);
  });
}
