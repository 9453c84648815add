/**
 * The loopback WooCommerce site's data: the fixture orders, customers, refunds, notes and
 * Shipment Tracking parcels, and the orders list as the REST API filters and sorts it.
 */
import { readFileSync } from 'node:fs';

export type Json = Record<string, unknown>;
export type WooOrder = Json & {
  id: number;
  number: string;
  customer_id: number;
  date_created_gmt: string;
  billing: Json;
  shipping: Json;
  line_items: { name: string }[];
  customer_note: string;
};
const fixture = <T>(file: string): T =>
  JSON.parse(readFileSync(new URL(`../fixtures/connectors/woocommerce/${file}`, import.meta.url), 'utf8')) as T;
export const WOO_FIXTURE_ORDERS = fixture<WooOrder[]>('orders.json');
export const CUSTOMERS = fixture<(Json & { id: number; email: string; role: string })[]>('customers.json');
export const REFUNDS = fixture<Record<string, Json[]>>('refunds.json');
export const NOTES = fixture<Record<string, (Json & { customer_note: boolean })[]>>('notes.json');
export const TRACKINGS = fixture<Record<string, Json[]>>('shipment-trackings.json');

function searchable(order: WooOrder): string {
  return [
    order.id,
    order.number,
    ...Object.values(order.billing),
    ...Object.values(order.shipping ?? {}),
    order.customer_note,
    ...order.line_items.map((i) => i.name),
  ]
    .join(' ')
    .toLowerCase();
}

export function orders(query: URLSearchParams): WooOrder[] {
  const customer = query.get('customer');
  const search = query.get('search')?.toLowerCase();
  const include = query.get('include')?.split(',').map(Number);
  const found = WOO_FIXTURE_ORDERS.filter(
    (o) =>
      (customer === null || o.customer_id === Number(customer)) &&
      (!search || searchable(o).includes(search)) &&
      (!include || include.includes(o.id)),
  );
  const newestFirst = query.get('order') !== 'asc';
  return found.sort((a, b) => (newestFirst ? -1 : 1) * a.date_created_gmt.localeCompare(b.date_created_gmt));
}

/**
 * An order as the list returns it: with the extension installed, its parcels in the order meta
 * the extension writes (provider slug, ship date as a Unix timestamp; no link for a known provider).
 */
export function withMeta(order: WooOrder, shipmentTracking: boolean): WooOrder {
  const items = TRACKINGS[String(order.id)];
  if (!shipmentTracking || !items) return order;
  const stored = items.map((item) => ({
    tracking_provider: String(item.tracking_provider).toLowerCase().replace(/\s+/g, '-'),
    custom_tracking_provider: '',
    custom_tracking_link: '',
    tracking_number: item.tracking_number,
    date_shipped: String(Date.parse(`${String(item.date_shipped)}T00:00:00Z`) / 1000),
    tracking_id: item.tracking_id,
  }));
  const meta = (order.meta_data as Json[] | undefined) ?? [];
  return { ...order, meta_data: [...meta, { id: order.id * 10, key: '_wc_shipment_tracking_items', value: stored }] };
}
