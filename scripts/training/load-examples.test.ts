import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadExamples, parseExamples, TRAINING_DATA_DIR } from './load-examples';

describe('training data files', () => {
  it('every data file parses, with at least one example', () => {
    const names = readdirSync(TRAINING_DATA_DIR)
      .filter((f) => f.endsWith('.jsonl'))
      .map((f) => f.replace(/\.jsonl$/, ''));
    expect(names.length).toBeGreaterThan(5);
    for (const name of names) expect(loadExamples([name]).length, name).toBeGreaterThan(0);
  });

  it('names the file and line of a bad example', () => {
    expect(() => parseExamples('{"text":"hi","intent":"refund"}\n{"text":"x","intent":"nope"}\n', 'f.jsonl')).toThrow(/f\.jsonl line 2/);
    expect(() => parseExamples('not json', 'g.jsonl')).toThrow('g.jsonl line 1: not valid JSON');
  });

  it('skips blank lines', () => {
    expect(parseExamples('\n{"text":"where is it","intent":"where_is_my_order"}\n\n', 'f')).toEqual([
      { text: 'where is it', intent: 'where_is_my_order' },
    ]);
  });
});
