import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ordersQuery, ticketQuery } from '@/lib/queries/ticket';
import type { Ticket } from '@/lib/schemas/ticket';
import { chooseOrder } from '@/lib/suggest/choose-order';
import { TemplateLibrary } from '@/components/template-library/TemplateLibrary';

/** The template library in the panel: the editor previews against the open ticket and its order. */
export function PanelLibrary({ tabId }: { tabId: number | null }) {
  const read = useQuery({ ...ticketQuery(tabId ?? -1), enabled: tabId !== null });
  const ticket = read.data?.kind === 'ticket' ? read.data.ticket : null;
  return ticket ? <LibraryForTicket ticket={ticket} /> : <TemplateLibrary />;
}

function LibraryForTicket({ ticket }: { ticket: Ticket }) {
  const orders = useQuery(ordersQuery(ticket));
  const found = orders.data?.orders;
  const preview = useMemo(() => ({ ticket, order: chooseOrder(ticket, found ?? []) }), [ticket, found]);
  return <TemplateLibrary preview={preview} />;
}
