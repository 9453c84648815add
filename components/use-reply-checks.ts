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
 * AI draft): facts not found in the ticket, orders or shop facts, and the site's messaging rules.
 */
export function useReplyChecks(text: string, context: ReplyCheckContext) {
  const { site, ticket, orders, shop } = context;
  const unverified = useMemo(() => checkFacts(text, { ticket, orders, shop }).unverified, [text, ticket, orders, shop]);
  const violations = useMemo(() => lintReply(text, site).violations, [text, site]);
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
