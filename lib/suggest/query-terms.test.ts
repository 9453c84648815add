import { describe, expect, it } from 'vitest';
import { MAX_QUERY_TERMS, MAX_TERM_LENGTH, queryTerms } from '@/lib/suggest/query-terms';

describe('queryTerms: a bounded query whatever the message', () => {
  it('keeps content words once each, weighting the repeated ones', () => {
    const { terms, weights } = queryTerms('Hi,\n\nmy parcel, my parcel! Where is the parcel from order #1047?\n\nThanks, Emma');
    expect(terms[0]).toBe('parcel');
    expect(terms.filter((t) => t === 'parcel')).toHaveLength(1);
    expect(weights.get('parcel')).toBeCloseTo(1 + Math.log(3));
    expect(weights.get('where')).toBe(1);
    expect(terms).not.toContain('the');
  });

  it('drops a word longer than any real word instead of matching it', () => {
    const { terms } = queryTerms(`refund ${'x'.repeat(100_000)} please`);
    expect(terms).toEqual(['refund']);
    expect(terms.every((t) => t.length <= MAX_TERM_LENGTH)).toBe(true);
  });

  it('caps the number of distinct terms', () => {
    const words = Array.from({ length: 500 }, (_, i) => `word${i.toString(36)}x`).join(' ');
    expect(queryTerms(words).terms).toHaveLength(MAX_QUERY_TERMS);
  });

  it('reads only the head of a huge message', () => {
    const { terms } = queryTerms(`damaged mug ${'filler '.repeat(200_000)} unrelatedtailword`);
    expect(terms).toContain('damaged');
    expect(terms).not.toContain('unrelatedtailword');
  });
});
