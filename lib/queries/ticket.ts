/** Query options for what the open ticket shows: the page's ticket, the customer's orders and history, the inbox list. */
import { queryOptions } from '@tanstack/react-query';
import { sendToExtension, sendToTab } from '@/lib/messaging';
import { injectPageExtras } from '@/lib/page-extras';
import { FindOrdersResponseSchema, OrderDetailsResponseSchema } from '@/lib/schemas/responses';
import type { Order } from '@/lib/schemas/order';
import type { Ticket } from '@/lib/schemas/ticket';
import { rateLimitRefetchDelay } from '@/lib/orders-refetch';
import { readTabTicket } from '@/lib/tab-ticket';
import { customerHistory } from '@/lib/history/history';
import { GetListResponseSchema } from '@/lib/queue/schema';
import { queryKeys } from '@/lib/queries/keys';

export function ticketQuery(tabId: number) {
  return queryOptions({
    queryKey: queryKeys.ticket(tabId),
    queryFn: () => readTabTicket(tabId),
    // The content script announces changes; polling would only re-read an unchanged page.
    staleTime: Infinity,
  });
}

/** One request per ticket: the key is the customer's email and order refs, not the tab. */
export function ordersQuery(ticket: Ticket) {
  const email = ticket.customer.email;
  const orderRefs = ticket.entities.orderRefs;
  return queryOptions({
    queryKey: queryKeys.ordersFor(email, orderRefs),
    queryFn: async () => FindOrdersResponseSchema.parse(await sendToExtension({ type: 'findOrders', query: { email, orderRefs } })),
    staleTime: 60_000,
    // A rate-limited store is asked again after its Retry-After; the others' orders stay shown.
    refetchInterval: (query) => rateLimitRefetchDelay(query.state.data, query.state.dataUpdateCount),
  });
}

/**
 * The parts of an opened order its store's first answer left for later (`detailsOnOpen`): one
 * query per order, shared by its card and the replies; nothing to ask for an order without any.
 */
export function orderDetailsQuery(order: Order | null) {
  return queryOptions({
    queryKey: queryKeys.orderDetailsFor(order?.source.id ?? '', order?.number ?? ''),
    queryFn: async () => OrderDetailsResponseSchema.parse(await sendToExtension({ type: 'orderDetails', order })),
    enabled: Boolean(order?.detailsOnOpen?.length),
    staleTime: 60_000,
  });
}

/** The customer's tickets on this browser (lib/history/); invalidate after recording a seen ticket or an insert. */
export function historyQuery(customerKey: string) {
  return queryOptions({ queryKey: queryKeys.historyFor(customerKey), queryFn: () => customerHistory(customerKey) });
}

/** The inbox list open in a tab: its site and rows (rows null: no list); triaged by the Queue view. */
export function listRowsQuery(tabId: number) {
  return queryOptions({
    queryKey: queryKeys.queueFor(tabId),
    queryFn: async () => {
      const ask = async () => GetListResponseSchema.parse(await sendToTab(tabId, { type: 'getList' }));
      const answer = await ask();
      if (answer.rows) return answer;
      // The list readers arrive with the page-extras script: injected on the first read and after
      // a page load, not on every refetch. A page Deskpilot may not script still answers "no list".
      await injectPageExtras(tabId).catch(() => undefined);
      return ask();
    },
    staleTime: 0,
  });
}
