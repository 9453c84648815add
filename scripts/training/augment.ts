/**
 * Training mails built from training clauses, so every clause is also seen where real mail puts
 * it: behind a greeting and a sentence of context, before a closing line and a signature, inside a
 * marketplace notification or above quoted history, with its sentences in another order and with
 * typos. The wrapper words (data/mail-wrappers.json) are in the clause's own language and ask
 * nothing, so the model learns that they carry no intent. Seeded: the same input gives the same mails.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { seededRandom, shuffleInPlace, type TrainingExample } from '@/lib/suggest/train';
import { guessLanguage } from './guess-language';

const WRAPPERS_PATH = 'scripts/training/data/mail-wrappers.json';

const LanguageWrappersSchema = z.object({
  greetings: z.array(z.string()).min(1),
  context: z.array(z.string()).min(1),
  closings: z.array(z.string()).min(1),
  signOffs: z.array(z.string()).min(1),
  names: z.array(z.string()).min(1),
  wrappers: z.array(z.tuple([z.string(), z.string()])).min(1),
  quotes: z.array(z.string()).min(1),
});
const WrappersSchema = z.record(z.enum(['en', 'de', 'fr', 'es', 'ko', 'ja']), LanguageWrappersSchema);

let wrappers: z.infer<typeof WrappersSchema> | undefined;

function loadWrappers(): z.infer<typeof WrappersSchema> {
  wrappers ??= WrappersSchema.parse(JSON.parse(readFileSync(WRAPPERS_PATH, 'utf8')));
  return wrappers;
}

/** Share of Latin-script words that get one typo (a dropped, doubled or swapped letter). */
const TYPO_RATE = 0.06;

function withTypos(text: string, random: () => number): string {
  return text.replace(/\p{Script=Latin}{4,}/gu, (word) => {
    if (random() >= TYPO_RATE) return word;
    const i = 1 + Math.floor(random() * (word.length - 2));
    const kind = Math.floor(random() * 3);
    if (kind === 0) return word.slice(0, i) + word.slice(i + 1);
    if (kind === 1) return word.slice(0, i) + word[i] + word.slice(i);
    return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  });
}

/** Sentences of a multi-sentence example, in another order (the ask is not always last). */
function shuffledSentences(text: string, random: () => number): string {
  const sentences = text.match(/[^.!?。？！]+[.!?。？！]*\s*/g)?.map((s) => s.trim()) ?? [text];
  return sentences.length > 1 ? shuffleInPlace(sentences, random).join(' ') : text;
}

export function inRealMail(examples: readonly TrainingExample[], seed: number): TrainingExample[] {
  const all = loadWrappers();
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return examples.map(({ text, intent }) => {
    const words = all[guessLanguage(text)]!;
    const n = String(10000 + Math.floor(random() * 90000));
    let body = random() < 0.3 ? shuffledSentences(text, random) : text;
    if (random() < 0.5) body = withTypos(body, random);
    const context = random() < 0.7 ? pick(words.context).replace('{n}', n) : '';
    const lines = [pick(words.greetings), context, body, pick(words.closings), '', pick(words.signOffs), pick(words.names)];
    let mail = lines.filter((line, i) => line || i === 4).join('\n');
    if (random() < 0.25) {
      const [head, foot] = pick(words.wrappers);
      mail = `${head.replace('{n}', n)}${mail}${foot}`;
    } else if (random() < 0.3) {
      mail = `${mail}\n\n${pick(words.quotes)}`;
    }
    return { text: mail, intent };
  });
}
