import type { Order } from '@/lib/schemas/order';
import type { StoreConnection } from '@/lib/schemas/store';

/**
 * The store an order or a failure is attributed to: the connection's own id and label when the
 * agent set them (two shops on one platform stay apart), else the platform id and connector label.
 */
export function storeSource(connection: StoreConnection, connector: { label: string }): Order['source'] {
  return { id: connection.id ?? connection.platform, label: connection.label ?? connector.label };
}
