/**
 * The public corpora in ../shared/data (beside the repository, each with its SOURCE.md and
 * licence). They are read from there, never copied in, so a clone elsewhere does not have them:
 * tests that need one skip with a one-line reason, `npm run eval` skips the suites that need one.
 * Node only; never bundled.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export type CorpusName = 'bitext' | 'email-replies' | 'gmail-dom' | 'commerce-api';

export class CorpusMissingError extends Error {}

export function corpusPath(name: CorpusName, repoRoot = process.cwd()): string {
  return resolve(repoRoot, '..', 'shared', 'data', name);
}

/** Why the corpus cannot be read, or null when it is there. */
export function corpusMissing(name: CorpusName, repoRoot = process.cwd()): string | null {
  if (existsSync(corpusPath(name, repoRoot))) return null;
  return `../shared/data/${name} is not beside the repository (public corpus; README, "Quality and speed")`;
}

/** The corpus's folder, or a CorpusMissingError saying it is not there. */
export function requireCorpus(name: CorpusName, repoRoot = process.cwd()): string {
  const missing = corpusMissing(name, repoRoot);
  if (missing) throw new CorpusMissingError(missing);
  return corpusPath(name, repoRoot);
}
