export const POLICY_CODES = [
  'external_link',
  'email_address',
  'phone_number',
  'review_request_biased',
  'marketing',
  'emoji',
  'important_tag_misuse',
] as const;
export type PolicyCode = (typeof POLICY_CODES)[number];

/**
 * Why a finding was made, worded by `policy.reason.<reason>` with the words found as `{text}`
 * (lib/suggest/policy-message.ts): the code itself, or a finer reason under it.
 */
export type PolicyReason = PolicyCode | 'contact_outside';

/** One rule broken; start/end are JavaScript string indices into the reply. */
export interface PolicyViolation {
  code: PolicyCode;
  reason: PolicyReason;
  start: number;
  end: number;
}

/** Rule sets with a name in the catalogs (`policy.rules.<id>`). */
export type PolicyRulesId = 'amazon';

/** A site's messaging rules: what a reply must not contain there. */
export interface PolicyRules {
  id: PolicyRulesId;
  check(text: string): PolicyViolation[];
}

/** A stretch of the reply a rule found, by UTF-16 offsets, with its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}
