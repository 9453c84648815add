/**
 * What the policy lint finds in a reply on Amazon, for the rule tests in lib/suggest (one reply, one site:
 * each test file used to write this line again). Node only; never bundled.
 */
import { lintReply } from '@/lib/suggest/policy-lint';
import type { PolicyCode } from '@/lib/suggest/policy-lint-types';

export const amazonCodes = (text: string): PolicyCode[] => lintReply(text, 'amazon-seller-central').violations.map((v) => v.code);

export const amazonFlags = (text: string, code: PolicyCode): boolean => amazonCodes(text).includes(code);
