/**
 * A stripping case as the mutation eval sees it (from any suite), and a mutation: a seeded change
 * that mail we have not seen shows, which leaves the customer's new text as a reader sees it unchanged.
 */
import type { Random } from '../seeded-random';

export interface StripCase {
  suite: string;
  id: string;
  format: 'text' | 'html';
  /** Two-letter language when the suite says it (our own sets). */
  lang?: string;
  input: string;
  expected: string;
}

export interface StripMutation {
  name: string;
  /** The mutated input, or undefined when the mutation has nothing to change in this case or would change its expected text. */
  mutate(c: StripCase, random: Random): string | undefined;
}
