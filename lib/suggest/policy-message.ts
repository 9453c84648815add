/**
 * A policy finding as a sentence: `policy.reason.<reason>` with the words found. The panel words
 * it in the agent's language; the CLI's `lint` in English, from the English catalog.
 */
import { englishText } from '@/lib/i18n/issue-text';
import type { Translator } from '@/lib/i18n/translator';
import type { PolicyViolation } from '@/lib/suggest/policy-lint-types';

export function policyMessage(violation: PolicyViolation, reply: string, t: Translator['t']): string {
  return t(`policy.reason.${violation.reason}`, { text: reply.slice(violation.start, violation.end) });
}

export function policyMessageEnglish(violation: PolicyViolation, reply: string): string {
  return englishText(`policy.reason.${violation.reason}`, { text: reply.slice(violation.start, violation.end) });
}
