/**
 * What the policy lint finds in a reply on Amazon, for the rule tests in lib/suggest (one reply, one site:
 * each test file used to write this line again). Node only; never bundled.
 */
import { expect } from 'vitest';
import { lintReply } from '@/lib/suggest/policy-lint';
import { findReviewSolicitations } from '@/lib/suggest/policy-lint-solicit';
import type { PolicyCode } from '@/lib/suggest/policy-lint-types';

export const amazonCodes = (text: string): PolicyCode[] => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

export const amazonFlags = (text: string, code: PolicyCode): boolean => amazonCodes(text).includes(code);

/**
 * The review-ask tests check two things of each reply: what the sentence rule (policy-lint-solicit.ts) finds, and
 * that the whole lint agrees. The sentence rule finds one asking sentence here…
 */
export function expectOneSolicitation(text: string): void {
  expect(findReviewSolicitations(text)).toHaveLength(1);
  expect(amazonCodes(text)).toContain('review_request_biased');
}

/** …at least one here, for the tests that do not count the sentences… */
export function expectSolicitation(text: string): void {
  expect(findReviewSolicitations(text).length).toBeGreaterThan(0);
  expect(amazonCodes(text)).toContain('review_request_biased');
}

/** …and none here, nor does the lint flag a review request. */
export function expectNoSolicitation(text: string): void {
  expect(findReviewSolicitations(text)).toEqual([]);
  expect(amazonCodes(text)).not.toContain('review_request_biased');
}
