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

/** One rule broken; start/end are JavaScript string indices into the reply. */
export interface PolicyViolation {
  code: PolicyCode;
  message: string;
  start: number;
  end: number;
}

/** A site's messaging rules: what a reply must not contain there. */
export interface PolicyRules {
  name: string;
  check(text: string): PolicyViolation[];
}
