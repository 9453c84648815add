import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';
import { findBiasedReviewRequests } from '@/lib/suggest/policy-lint-wording';

const called = (text: string) => findCalls(text).length > 0;

// Session 18 (lint16): an English list without a serial comma closes at the "or" inside its last item.
describe('a call as the last item of a negated list without a serial comma', () => {
  it.each([
    'We won’t ask you to send it back, take photos or call us.',
    'You won’t have to return the kettle, print a label or ring us about it.',
    'We do not need you to post anything, reply with photos or give us a call.',
    'We won’t ask you to send it back, take photos, fill in a form or phone us.',
    'We won’t ask you to send it back, call us, take photos or fill in a form.',
  ])('is negated: %s', (text) => {
    expect(called(text)).toBe(false);
  });

  it.each([
    'We won’t ask you to send it back, call us or reply here.',
    'We won’t ask you to send it back, please take photos or call us.',
    'We won’t ask you to send it back, just take photos or call us.',
    'We won’t ask you to send it back, take photos or we will call you.',
  ])('still calls first in an item right after the negation, after a softener or a subject: %s', (text) => {
    expect(called(text)).toBe(true);
  });
});

describe('a review change as the last item of a promise not to ask, without a serial comma', () => {
  it('is no ask', () => {
    expect(findBiasedReviewRequests('We won’t ask you to send it back, fill in a form or change your review.')).toEqual([]);
  });

  it('asks first in an item right after the promise', () => {
    expect(findBiasedReviewRequests('We will never push you, update your review or reply here.')).not.toEqual([]);
  });
});
