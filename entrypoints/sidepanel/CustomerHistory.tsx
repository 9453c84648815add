import { useEffect, useMemo } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Intent, Template } from '@/lib/schemas/template';
import type { Ticket } from '@/lib/schemas/ticket';
import { ticketKeyOf } from '@/lib/history/group';
import { customerKeyOf, recordTicketSeen } from '@/lib/history/history';
import { recordTicketSeenEvent } from '@/lib/reports/usage-store';
import { historyQuery } from '@/lib/queries/ticket';
import { queryKeys } from '@/lib/queries/keys';
import { SupportHistory } from '@/components/support-history';

interface Props {
  ticket: Ticket;
  intent: Intent | undefined;
  /** Whole templates or rank entries: only ids and titles are read. */
  templates: readonly Pick<Template, 'id' | 'title'>[];
}

/**
 * Records that this ticket was seen (history and Reports), then shows the customer's earlier tickets and the replies
 * inserted for them, as this browser kept them. History failing never breaks the panel.
 */
export function CustomerHistory({ ticket, intent, templates }: Props) {
  const queryClient = useQueryClient();
  const customerKey = customerKeyOf(ticket);
  useEffect(() => {
    recordTicketSeen(ticket, intent)
      .then(() => queryClient.invalidateQueries({ queryKey: queryKeys.history }))
      .catch(() => undefined);
    // Reports count every ticket (anonymous ones too) once per day; failing never breaks the panel.
    recordTicketSeenEvent(ticket, intent).catch((error) => console.warn('Deskpilot: a ticket seen was not recorded:', error));
  }, [ticket, intent, queryClient]);
  const history = useQuery({ ...historyQuery(customerKey ?? ''), enabled: customerKey !== undefined });
  const titles = useMemo(() => new Map(templates.map((t) => [t.id, t.title])), [templates]);
  if (!history.data) return null;
  return (
    <SupportHistory
      tickets={history.data}
      templateTitles={titles}
      currentTicketKey={ticketKeyOf(ticket.site, ticket.url, ticket.threadId)}
    />
  );
}
