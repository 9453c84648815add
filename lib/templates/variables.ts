/**
 * Builds the Liquid scope a template renders against, from the ticket, the matched order and the
 * shop's settings. Absent facts stay undefined (never ""), so the renderer shows them as gaps.
 */
import type { Fulfillment, LineItem, Order } from '@/lib/schemas/order';
import type { Agent, ShopFacts } from '@/lib/schemas/settings';
import type { Ticket } from '@/lib/schemas/ticket';
import { formatDate, formatList, formatMoney, localeFor, present, withText } from '@/lib/templates/format';
import { orderStatusLabel, shipmentStatusLabel } from '@/lib/templates/status-labels';

export interface TemplateVariableInput {
  ticket?: Ticket | null;
  order?: Order | null;
  shop?: ShopFacts | null;
  agent?: Agent | null;
  /** Language for dates, money and status words; defaults to the ticket's detected language. */
  language?: string | null;
}

export type ItemScope = { title: string; quantity: number; sku?: string; price: string };
export type FulfillmentScope = {
  carrier?: string;
  tracking_number?: string;
  tracking_url?: string;
  status: string;
  shipped_at?: string;
  estimated_delivery?: string;
  items?: string[];
};
export type OrderScope = {
  number: string;
  date?: string;
  status: string;
  total: string;
  items?: ItemScope[];
  fulfillments?: FulfillmentScope[];
  tracking_number?: string;
  tracking_url?: string;
  carrier?: string;
  estimated_delivery?: string;
};
export type TemplateScope = {
  customer: { first_name?: string; name?: string; email?: string };
  order?: OrderScope;
  shop: { name?: string; return_window_days?: number; support_hours?: string; signature?: string };
  agent: { name?: string };
  ticket: { subject?: string };
};

/** A name as a page shows it is sometimes an address or a login: not something to greet. */
function personName(name: string | undefined): string | undefined {
  const trimmed = present(name);
  return trimmed && !trimmed.includes('@') ? trimmed : undefined;
}

function firstName(name: string | undefined): string | undefined {
  if (!name) return undefined;
  // "Doe, Jane" is how some inboxes list people.
  const given = name.includes(',') ? name.split(',')[1] : name;
  const first = given?.trim().split(/\s+/)[0];
  // An initial ("J.") reads worse in a greeting than the template's fallback.
  if (!first || first.replace(/\./g, '').length < 2) return undefined;
  const shouting = first === first.toUpperCase() || first === first.toLowerCase();
  return shouting ? first.charAt(0).toUpperCase() + first.slice(1).toLowerCase() : first;
}

function itemScope(item: LineItem, currency: string, locale: string): ItemScope {
  const text = item.quantity === 1 ? item.title : `${item.quantity} × ${item.title}`;
  return withText({ title: item.title, quantity: item.quantity, sku: item.sku, price: formatMoney(item.price, currency, locale) }, text);
}

function fulfillmentScope(fulfillment: Fulfillment, locale: string): FulfillmentScope {
  const items = fulfillment.items?.length ? withText([...fulfillment.items], formatList(fulfillment.items, locale)) : undefined;
  return {
    carrier: present(fulfillment.carrier),
    tracking_number: present(fulfillment.trackingNumber),
    tracking_url: present(fulfillment.trackingUrl),
    status: shipmentStatusLabel(fulfillment.status, locale),
    shipped_at: fulfillment.shippedAt ? formatDate(fulfillment.shippedAt, locale) : undefined,
    estimated_delivery: fulfillment.estimatedDelivery ? formatDate(fulfillment.estimatedDelivery, locale) : undefined,
    items,
  };
}

/** Newest by ship date; a fulfillment without one counts as newer than those listed before it. */
function newestFulfillment(fulfillments: Fulfillment[]): Fulfillment | undefined {
  let newest: Fulfillment | undefined;
  for (const candidate of fulfillments) {
    const newer = !newest || !candidate.shippedAt || !newest.shippedAt || Date.parse(candidate.shippedAt) >= Date.parse(newest.shippedAt);
    if (newer) newest = candidate;
  }
  return newest;
}

function orderScope(order: Order, locale: string): OrderScope {
  const items = order.items.map((item) => itemScope(item, order.currency, locale));
  const newest = newestFulfillment(order.fulfillments);
  return {
    number: order.number,
    date: formatDate(order.createdAt, locale),
    status: orderStatusLabel(order.status, locale),
    total: formatMoney(order.total, order.currency, locale),
    items: items.length ? withText(items, formatList(items.map(String), locale)) : undefined,
    fulfillments: order.fulfillments.length ? order.fulfillments.map((f) => fulfillmentScope(f, locale)) : undefined,
    tracking_number: present(newest?.trackingNumber),
    tracking_url: present(newest?.trackingUrl),
    carrier: present(newest?.carrier),
    estimated_delivery: newest?.estimatedDelivery ? formatDate(newest.estimatedDelivery, locale) : undefined,
  };
}

export function buildTemplateVariables({ ticket, order, shop, agent, language }: TemplateVariableInput): TemplateScope {
  const locale = localeFor(language ?? ticket?.language);
  const name = personName(ticket?.customer.name) ?? personName(order?.customer.name) ?? personName(order?.shippingAddress?.name);
  return {
    customer: {
      first_name: firstName(name),
      name,
      email: present(ticket?.customer.email) ?? present(order?.customer.email),
    },
    order: order ? orderScope(order, locale) : undefined,
    shop: {
      name: present(shop?.name),
      return_window_days: shop?.returnWindowDays,
      support_hours: present(shop?.supportHours),
      signature: present(shop?.signature),
    },
    agent: { name: present(agent?.name) },
    ticket: { subject: present(ticket?.subject) },
  };
}

export { TEMPLATE_VARIABLES, LOOP_FIELDS, type TemplateVariableInfo } from '@/lib/templates/variable-catalog';
