import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { customerKeyOf } from '@/lib/history/history';
import { historyQuery } from '@/lib/queries/ticket';
import { triageRulesQuery, triageSettingsQuery } from '@/lib/queries/settings';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import type { IntentResult } from '@/lib/suggest/classify';
import { canApplyTags } from '@/lib/sites/tags';
import { triageTicket } from '@/lib/triage/triage-ticket';
import { TriageCard } from '@/components/triage-card';
import { applyTags } from './apply-tags';
import { useNow } from './use-now';
import { useT } from '@/lib/i18n/i18n-context';

interface Props {
  tabId: number;
  ticket: Ticket;
  orders: Order[];
  chosenOrder: Order | null;
  /** The reading the badge shows: triage's intent and requests are the panel's own. */
  reading: IntentResult;
}

/** The ticket's triage beside its requests: same lib/triage code as `triage --jsonl`. */
export function TriageSection({ tabId, ticket, orders, chosenOrder, reading }: Props) {
  const t = useT();
  const now = useNow();
  const settings = useQuery(triageSettingsQuery());
  const rules = useQuery(triageRulesQuery());
  const customerKey = customerKeyOf(ticket);
  const history = useQuery({ ...historyQuery(customerKey ?? ''), enabled: customerKey !== undefined });
  const triaged = useMemo(() => {
    if (!settings.data) return null;
    return triageTicket({
      ticket,
      orders,
      chosenOrder,
      history: history.data ?? [],
      now,
      settings: settings.data,
      rules: rules.data ?? [],
      reading,
    });
  }, [ticket, orders, chosenOrder, history.data, now, settings.data, rules.data, reading]);
  if (!triaged) return null;
  return (
    <TriageCard
      verdict={triaged.verdict}
      rules={triaged.rules}
      {...(canApplyTags(ticket.site) ? { onApplyTags: (tags: string[]) => applyTags(tabId, tags, ticket.site, t) } : {})}
    />
  );
}
