/**
 * Wraps short one-line requests (Bitext's style) in the furniture of a real email: greeting,
 * intent-neutral context sentences, sign-off, name (word lists in data/envelope.json). The
 * classifier strips most of this itself; training on it teaches the model that the leftovers
 * carry no intent.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { seededRandom } from '@/lib/suggest/train';
import type { TrainingExample } from '@/lib/suggest/train';

const ENVELOPE_PATH = 'scripts/training/data/envelope.json';

const EnvelopeSchema = z.object({
  greetings: z.array(z.string()).min(1),
  openers: z.array(z.string()).min(1),
  closers: z.array(z.string()).min(1),
  signOffs: z.array(z.string()).min(1),
  names: z.array(z.string()).min(1),
});

let words: z.infer<typeof EnvelopeSchema> | undefined;

function envelopeWords(): z.infer<typeof EnvelopeSchema> {
  words ??= EnvelopeSchema.parse(JSON.parse(readFileSync(ENVELOPE_PATH, 'utf8')));
  return words;
}

function pick<T>(items: readonly T[], random: () => number): T {
  return items[Math.floor(random() * items.length)]!;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function inEnvelope(examples: TrainingExample[], seed: number): TrainingExample[] {
  const { greetings, openers, closers, signOffs, names } = envelopeWords();
  const random = seededRandom(seed);
  return examples.map(({ text, intent }) => {
    const orderNumber = String(1000 + Math.floor(random() * 9000));
    const opener = pick(openers, random).replace('{n}', orderNumber);
    const signOff = pick(signOffs, random);
    const parts = [
      pick(greetings, random),
      [opener, capitalise(text.trim()), pick(closers, random)].filter(Boolean).join(' '),
      signOff && !signOff.startsWith('Sent') ? `${signOff}\n${pick(names, random)}` : signOff,
    ];
    return { text: parts.filter(Boolean).join('\n\n'), intent };
  });
}
