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

const NOTHING_STATED: readonly string[] = [];

/**
 * The checks every reply passes before insert, whoever wrote it (a template the agent edited, an
 * AI draft, a template whose fields the agent filled in): facts not found in the ticket, orders or
 * shop facts, and the site's messaging rules. `stated` holds what the agent typed into fill-in
 * fields: a fact inside it is the agent's own statement, not one to verify; the site's rules still
 * apply to it.
 */
export function replyFindings(text: string, context: ReplyCheckContext, stated: readonly string[] = NOTHING_STATED) {
  const { site, ticket, orders, shop } = context;
  const unverified = checkFacts(text, { ticket, orders, shop }).unverified.filter(
    (fact) => !stated.some((value) => value.includes(fact.text)),
  );
  const violations = lintReply(text, site).violations;
  return { unverified, violations, needsConfirmation: unverified.length > 0 || violations.length > 0 };
}

export function useReplyChecks(text: string, context: ReplyCheckContext, stated: readonly string[] = NOTHING_STATED) {
  const t = useT();
  const { site, ticket, orders, shop } = context;
  const { unverified, violations, needsConfirmation } = useMemo(
    () => replyFindings(text, { site, ticket, orders, shop }, stated),
    [text, site, ticket, orders, shop, stated],
  );
  const rules = sitePolicy(site);
  const parts = [
    unverified.length > 0 ? describeUnverified(unverified, t) : null,
    violations.length > 0 ? t('checks.ruleFindings', { count: violations.length }) : null,
  ].filter((part): part is string => part !== null);
  const summary = parts.length === 2 ? t('checks.and', { first: parts[0]!, second: parts[1]! }) : (parts[0] ?? '');
  return {
    unverified,
    violations,
    rulesName: rules ? t(`policy.rules.${rules.id}`) : t('checks.siteRules'),
    needsConfirmation,
    summary,
  };
}
