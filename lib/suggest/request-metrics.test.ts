import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyTally, tallyMessage } from '@/lib/suggest/request-metrics';
import { parseRequestSet } from '@/lib/suggest/request-set';

const line = {
  language: 'en',
  intent: 'return_request' as const,
  text: 'I want to return the boots. Please send the new pair to my office.',
  requests: [
    { intent: 'return_request' as const, span: 'I want to return the boots.' },
    { intent: 'address_change' as const, span: 'Please send the new pair to my office.' },
  ],
};

describe('every-request figures', () => {
  it('counts top-1, recall, located recall and precision', () => {
    const tally = emptyTally();
    tallyMessage(tally, line, 'return_request', [
      { intent: 'return_request', start: 0, end: 27 },
      { intent: 'address_change', start: 0, end: 5 },
      { intent: 'complaint', start: 28, end: 40 },
    ]);
    expect(tally).toEqual({ messages: 1, top1: 1, labelled: 2, recalled: 2, located: 1, found: 3, foundAsked: 2 });
    tallyMessage(tally, line, 'address_change', []);
    expect(tally.top1).toBe(1);
    expect(tally.recalled).toBe(2);
    expect(tally.labelled).toBe(4);
  });

  it('rejects a labelled span that is not text of the message, naming the line', () => {
    const bad = JSON.stringify({ ...line, requests: [{ intent: 'refund', span: 'not in the text' }] });
    expect(() => parseRequestSet(`${JSON.stringify(line)}\n${bad}\n`, 'set.jsonl')).toThrow(/set\.jsonl line 2/);
  });

  it('the shipped eval sets parse, and label every language and intent', () => {
    for (const name of [
      'real-mail-dev',
      'real-mail-heldout',
      'real-mail-heldout-2',
      'real-mail-heldout-4',
      'real-mail-heldout-5',
      'real-mail-heldout-6',
      'real-mail-heldout-8',
      'real-mail-heldout-9',
      'real-mail-heldout-10',
      'real-mail-heldout-11',
      'real-mail-heldout-12',
      'real-mail-heldout-13',
      'real-mail-heldout-14',
      'real-mail-heldout-15',
      'real-mail-heldout-16',
      'real-mail-heldout-17',
      'real-mail-heldout-18',
    ]) {
      const set = parseRequestSet(readFileSync(`tests/fixtures/intent/${name}.jsonl`, 'utf8'), name);
      expect(new Set(set.map((l) => l.language))).toEqual(new Set(['en', 'de', 'fr', 'es', 'ko', 'ja']));
      expect(new Set(set.flatMap((l) => l.requests.map((r) => r.intent))).size).toBe(21);
    }
  });
});
