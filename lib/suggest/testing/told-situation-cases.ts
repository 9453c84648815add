import { expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { readAs, readStory } from '@/lib/suggest/testing/sure-reading';
import { toldSituation } from '@/lib/suggest/told-situation';

/** The six languages each situation is written and tested in. */
export type CaseLanguage = 'en' | 'de' | 'fr' | 'es' | 'ko' | 'ja';

/** One clause of a situation's table, in other words than the set the situation came from. */
export interface ToldCase {
  language: CaseLanguage;
  text: string;
  /** What the model reads the clause as, surely and asked; absent: read weakly as nothing, as a clause of the story is. */
  read?: Intent;
  /** What the clause must come out as; the table's when absent. */
  expected?: Intent;
}

/** What a case with no `read` is read as: weakly as nothing, as a clause of the story is. */
const NOTHING = 'nothing';

/** The case as a test's arguments (the language, the words, what they are read as, what must come out), so names print it whole. */
const row = (c: ToldCase, expected: Intent | undefined) => {
  const want = c.expected ?? expected;
  if (!want) throw new Error(`no expected intent for ${JSON.stringify(c.text)}`);
  return [c.language, c.text, c.read ?? NOTHING, want] as const;
};

/** One test per case: the clause, read as `read` (or weakly as nothing), is read as its expected intent once its situation counts. */
export function itReads(cases: readonly ToldCase[], expected?: Intent): void {
  it.each(cases.map((c) => row(c, expected)))('%s %j, read as %s, is %s', (_language, text, read, want) => {
    expect(read === NOTHING ? readStory(text) : readAs(text, read)).toBe(want);
  });
}

/** itReads, every case of the table expected to come out as `expected`. */
export const itReadsAs = (expected: Intent, cases: readonly ToldCase[]) => itReads(cases, expected);

/** One test per case: the clause tells or asks the situation of its expected intent (toldSituation, before any reading). */
export function itTells(expected: Intent | undefined, cases: readonly ToldCase[]): void {
  it.each(cases.map((c) => row(c, expected)))('%s %j tells %s', (_language, text, _read, want) => {
    expect(toldSituation(text)).toBe(want);
  });
}
