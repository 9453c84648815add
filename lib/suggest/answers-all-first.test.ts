import { describe, expect, it } from 'vitest';
import type { Intent } from '@/lib/schemas/template';
import { answersAllFirst, anyAnswersAll } from '@/lib/suggest/answers-all-first';
import type { RankedTemplate } from '@/lib/suggest/rank-scoring';
import type { RankEntry } from '@/lib/suggest/rank-entry';

function ranked(id: string, score: number, ...intents: Intent[]): RankedTemplate {
  const template = { id, intents } as Pick<RankEntry, 'id' | 'intents'> as RankEntry;
  return { template, score, parts: { intent: score, text: 0, site: 0, language: 0, state: 0, usage: 0 } };
}

const ids = (list: RankedTemplate[]) => list.map((r) => r.template.id);

describe('answersAllFirst', () => {
  const list = [
    ranked('label', 1.4, 'return_request'),
    ranked('policy', 1.1, 'return_request'),
    ranked('label-and-invoice', 0.9, 'return_request', 'invoice'),
    ranked('invoice', 0.3, 'invoice'),
  ];

  it('puts a reply answering every request before the single-request ones, the rest as ranked', () => {
    expect(ids(answersAllFirst(list, ['return_request', 'invoice'], 0.2))).toEqual(['label-and-invoice', 'label', 'policy', 'invoice']);
  });

  it('leaves the ranking alone for one request, or when the reply answers only some', () => {
    expect(ids(answersAllFirst(list, ['return_request'], 0.2))).toEqual(ids(list));
    expect(ids(answersAllFirst(list, ['return_request', 'invoice', 'address_change'], 0.2))).toEqual(ids(list));
  });

  it('keeps a reply that fits badly where ranking put it', () => {
    expect(ids(answersAllFirst(list, ['return_request', 'invoice'], 0.7))).toEqual(ids(list));
  });

  it('says whether any template answers every request', () => {
    const templates = list.map((r) => r.template);
    expect(anyAnswersAll(templates, ['invoice', 'return_request'])).toBe(true);
    expect(anyAnswersAll(templates, ['invoice', 'address_change'])).toBe(false);
    expect(anyAnswersAll(templates, ['invoice'])).toBe(false);
  });
});
