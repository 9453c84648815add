import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The languages every cue list claims; a list without words for one leaves that language's mails uncued. */
const LANGUAGES = ['en', 'de', 'fr', 'es', 'ko', 'ja'];

/** The JSON files imported by a shipped module that builds a cue pattern (cue-pattern.ts), so a new cue file is checked too. */
function cueFiles(): string[] {
  const modules = readdirSync('lib', { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
    .map((path) => readFileSync(`lib/${path}`, 'utf8'))
    .filter((source) => source.includes("from '@/lib/suggest/cue-pattern'"));
  const files = modules.flatMap((source) => [...source.matchAll(/from '@\/(lib\/[^']+\.json)'/g)].map((match) => match[1] ?? ''));
  return [...new Set(files)].sort();
}

/** Every object of word lists (language → words) in a cue file, named by file and key path. */
function cueLists(value: unknown, name: string): Array<[string, Record<string, unknown>]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const entries = Object.entries(value).filter(([key]) => !key.startsWith('_'));
  if (entries.length > 0 && entries.every(([, words]) => Array.isArray(words))) return [[name, Object.fromEntries(entries)]];
  return entries.flatMap(([key, inner]) => cueLists(inner, `${name} ${key}`));
}

const files = cueFiles();
const lists = files.flatMap((file) => cueLists(JSON.parse(readFileSync(file, 'utf8')), file));

describe('cue lists the product loads', () => {
  it('are found: request and lead cues at least', () => {
    expect(files).toEqual(expect.arrayContaining(['lib/suggest/request-cues.json', 'lib/suggest/lead-cues.json']));
    expect(lists.length).toBeGreaterThanOrEqual(3);
  });

  it.each(lists)('%s has words, and only words, for en de fr es ko ja', (_name, byLanguage) => {
    expect(Object.keys(byLanguage).sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      const words = byLanguage[language] as unknown[];
      expect(words.length, `no ${language} words`).toBeGreaterThan(0);
      for (const word of words)
        expect(typeof word === 'string' && word.trim().length > 0, `${language}: ${JSON.stringify(word)}`).toBe(true);
    }
  });
});
