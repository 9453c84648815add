import { useMemo } from 'react';
import type { FactContext } from '@/lib/suggest/fact-check';
import { checkFacts } from '@/lib/suggest/fact-check';
import { lintReply, sitePolicy } from '@/lib/suggest/policy-lint';
import type { SiteId } from '@/lib/schemas/ticket';
import { describeUnverified } from '@/components/fact-highlight';
import { useT } from '@/lib/i18n/i18n-context';

export interface ReplyCheckContext extends FactContext {
  site: SiteId;
}

/**
 * The checks every reply passes before insert, whoever wrote it (a template the agent edited, an
 * AI draft): facts not found in the ticket, orders or shop facts, and the site's messaging rules.
 */
export function useReplyChecks(text: string, context: ReplyCheckContext) {
  const t = useT();
  const { site, ticket, orders, shop } = context;
  const unverified = useMemo(() => checkFacts(text, { ticket, orders, shop }).unverified, [text, ticket, orders, shop]);
  const violations = useMemo(() => lintReply(text, site).violations, [text, site]);
  const parts = [
    unverified.length > 0 ? describeUnverified(unverified, t) : null,
    violations.length > 0 ? t('checks.ruleFindings', { count: violations.length }) : null,
  ].filter((part): part is string => part !== null);
  const summary = parts.length === 2 ? t('checks.and', { first: parts[0]!, second: parts[1]! }) : (parts[0] ?? '');
  return {
    unverified,
    violations,
    rulesName: sitePolicy(site)?.name ?? t('checks.siteRules'),
    needsConfirmation: unverified.length > 0 || violations.length > 0,
    summary,
  };
}
