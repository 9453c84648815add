import { useMemo } from 'react';
import type { FactContext } from '@/lib/suggest/fact-check';
import { checkFacts } from '@/lib/suggest/fact-check';
import { lintReply, sitePolicy } from '@/lib/suggest/policy-lint';
import type { SiteId } from '@/lib/schemas/ticket';
import { describeUnverified } from '@/components/fact-highlight';

export interface ReplyCheckContext extends FactContext {
  site: SiteId;
}

/**
 * The checks every reply passes before insert, whoever wrote it (a template the agent edited, an
 * AI draft, a template whose fields the agent filled in): facts not found in the ticket, orders or
 * shop facts, and the site's messaging rules. `stated` holds what the agent typed into fill-in
 * fields: a fact inside it is the agent's own statement, not one to verify; the site's rules still
 * apply to it.
 */
const NOTHING_STATED: readonly string[] = [];

export function replyChecks(text: string, context: ReplyCheckContext, stated: readonly string[] = NOTHING_STATED) {
  const { site, ticket, orders, shop } = context;
  const unverified = checkFacts(text, { ticket, orders, shop }).unverified.filter(
    (fact) => !stated.some((value) => value.includes(fact.text)),
  );
  const violations = lintReply(text, site).violations;
  const summary = [
    unverified.length > 0 ? describeUnverified(unverified) : null,
    violations.length > 0 ? `${violations.length} rule ${violations.length === 1 ? 'finding' : 'findings'}` : null,
  ]
    .filter(Boolean)
    .join(' and ');
  return {
    unverified,
    violations,
    rulesName: sitePolicy(site)?.name ?? "the site's rules",
    needsConfirmation: unverified.length > 0 || violations.length > 0,
    summary,
  };
}

export function useReplyChecks(text: string, context: ReplyCheckContext, stated: readonly string[] = NOTHING_STATED) {
  const { site, ticket, orders, shop } = context;
  return useMemo(() => replyChecks(text, { site, ticket, orders, shop }, stated), [text, site, ticket, orders, shop, stated]);
}
