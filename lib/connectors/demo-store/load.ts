/**
 * The demo store's orders as the extension serves them: the generated JSON, parsed with
 * OrderSchema once on first use (a stored record is a boundary like any other).
 */
import { z } from 'zod';
import { OrderSchema, type Order } from '@/lib/schemas/order';
import storedOrders from './orders.json';

let parsed: readonly Order[] | undefined;

export function demoStoreOrders(): readonly Order[] {
  parsed ??= z.array(OrderSchema).parse(storedOrders);
  return parsed;
}
