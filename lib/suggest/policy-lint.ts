/**
 * Policy lint before insert: what a site's messaging rules forbid in a reply. A site declares
 * its rules in SITE_POLICIES (adding one is one line); a site without rules gets no findings.
 */
import type { SiteId } from '@/lib/schemas/ticket';
import { AMAZON_POLICY } from '@/lib/suggest/policy-lint-amazon';
import type { PolicyRules, PolicyViolation } from '@/lib/suggest/policy-lint-types';

export {
  POLICY_CODES,
  type PolicyCode,
  type PolicyReason,
  type PolicyRules,
  type PolicyRulesId,
  type PolicyViolation,
} from '@/lib/suggest/policy-lint-types';

export const SITE_POLICIES: Record<SiteId, PolicyRules | null> = {
  gmail: null,
  'amazon-seller-central': AMAZON_POLICY,
  zendesk: null,
  freshdesk: null,
  'help-scout': null,
  gorgias: null,
  outlook: null,
  ebay: null,
  etsy: null,
  generic: null,
};

export interface LintResult {
  violations: PolicyViolation[];
}

export function lintReply(text: string, site: SiteId): LintResult {
  return { violations: SITE_POLICIES[site]?.check(text) ?? [] };
}

/** The rules that apply on a site, e.g. to say "checked against Amazon's …" in the panel. */
export function sitePolicy(site: SiteId): PolicyRules | null {
  return SITE_POLICIES[site];
}
