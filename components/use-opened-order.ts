import { useQuery } from '@tanstack/react-query';
import type { ConnectorFailure } from '@/lib/messaging';
import { orderDetailsQuery } from '@/lib/queries/ticket';
import { withDetails, type Order } from '@/lib/schemas/order';

export interface OpenedOrder {
  /** The order with whatever opening it has read so far. */
  order: Order;
  /** Its parcels or refunds are still being read. */
  loading: boolean;
  /** Why they could not be read (the order itself stays shown). */
  failure: ConnectorFailure | null;
}

/**
 * An order the agent has open: the parts its store's first answer left for later are read now,
 * once (the query is shared with the replies, which use the same order).
 */
export function useOpenedOrder(order: Order, open: boolean): OpenedOrder {
  const query = useQuery({ ...orderDetailsQuery(order), enabled: open && Boolean(order.detailsOnOpen?.length) });
  const details = query.data?.details;
  if (details) return { order: withDetails(order, details), loading: false, failure: null };
  const failure =
    query.data?.failure ??
    (query.isError
      ? { connectorId: order.source.id, label: order.source.label, kind: 'network' as const, message: query.error.message }
      : null);
  return { order, loading: open && Boolean(order.detailsOnOpen?.length) && query.isPending, failure };
}
