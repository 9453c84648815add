import type { Intent } from '@/lib/schemas/template';
import type { TrainingExample } from '@/lib/suggest/train';

/** Hand-written examples are grouped by intent; this keeps each group one array of strings. */
export function labelled(intent: Intent, texts: string[]): TrainingExample[] {
  return texts.map((text) => ({ text, intent }));
}
