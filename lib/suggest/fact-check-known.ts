/**
 * Everything a reply may state, as comparable keys: what the ticket says (its text, its parsed
 * entities), what the orders say (numbers, tracking numbers and the carriers' tracking pages,
 * amounts, dates, emails) and what the shop's facts say.
 */
import type { Order } from '@/lib/schemas/order';
import type { ShopFacts } from '@/lib/schemas/settings';
import type { Ticket } from '@/lib/schemas/ticket';
import { trackingUrl } from '@/lib/ticket/tracking';
import { moneyKey } from '@/lib/suggest/fact-check-amounts';
import { isoDateKeys } from '@/lib/suggest/fact-check-dates';
import { detectFacts, normalizeId } from '@/lib/suggest/fact-check-detect';
import { urlKey } from '@/lib/suggest/fact-check-patterns';

export interface FactContext {
  ticket?: Ticket | null;
  orders?: readonly Order[] | null;
  shop?: Partial<ShopFacts> | null;
}

export interface KnownFacts {
  /** Order and tracking numbers share one set: which of the two a bare code is, is a guess. */
  identifiers: Set<string>;
  amounts: Set<string>;
  dates: Set<string>;
  urls: Set<string>;
  emails: Set<string>;
  phones: string[];
}

function addText(known: KnownFacts, text: string | undefined): void {
  if (!text) return;
  for (const fact of detectFacts(text)) {
    if (fact.kind === 'order_number' || fact.kind === 'tracking_number') fact.keys.forEach((k) => known.identifiers.add(k));
    else if (fact.kind === 'amount') fact.keys.forEach((k) => known.amounts.add(k));
    else if (fact.kind === 'date') fact.keys.forEach((k) => known.dates.add(k));
    else if (fact.kind === 'url') fact.keys.forEach((k) => known.urls.add(k));
    else if (fact.kind === 'email') fact.keys.forEach((k) => known.emails.add(k));
    else known.phones.push(...fact.keys);
  }
}

function addDate(known: KnownFacts, iso: string | undefined): void {
  if (iso) isoDateKeys(iso).forEach((k) => known.dates.add(k));
}

function addMoney(known: KnownFacts, money: string | undefined, times = 1n): void {
  const key = money === undefined ? null : moneyKey(money);
  if (key !== null) known.amounts.add(String(BigInt(key) * times));
}

function addTracking(known: KnownFacts, carrier: string | undefined, number: string | undefined): void {
  if (!number) return;
  known.identifiers.add(normalizeId(number));
  const page = carrier ? trackingUrl(carrier, number) : null;
  if (page) known.urls.add(urlKey(page));
}

function addOrder(known: KnownFacts, order: Order): void {
  known.identifiers.add(normalizeId(order.number));
  addMoney(known, order.total);
  addMoney(known, order.customer.totalSpent);
  for (const item of order.items) {
    addMoney(known, item.price);
    addMoney(known, item.price, BigInt(Math.max(1, item.quantity)));
    addText(known, item.title);
  }
  for (const refund of order.refunds) {
    addMoney(known, refund.amount);
    addDate(known, refund.createdAt);
  }
  for (const fulfillment of order.fulfillments) {
    addTracking(known, fulfillment.carrier, fulfillment.trackingNumber);
    if (fulfillment.trackingUrl) known.urls.add(urlKey(fulfillment.trackingUrl));
    addDate(known, fulfillment.shippedAt);
    addDate(known, fulfillment.estimatedDelivery);
  }
  addDate(known, order.createdAt);
  addDate(known, order.customer.firstOrderAt);
  if (order.customer.email) known.emails.add(order.customer.email.toLowerCase());
  if (order.adminUrl) known.urls.add(urlKey(order.adminUrl));
}

function addTicket(known: KnownFacts, ticket: Ticket): void {
  addText(known, ticket.subject);
  for (const message of ticket.messages) {
    addText(known, message.text);
    addDate(known, message.sentAt);
    if (message.author.email) known.emails.add(message.author.email.toLowerCase());
  }
  if (ticket.customer.email) known.emails.add(ticket.customer.email.toLowerCase());
  ticket.entities.orderRefs.forEach((ref) => known.identifiers.add(normalizeId(ref)));
  ticket.entities.trackingRefs.forEach((ref) => addTracking(known, ref.carrier, ref.number));
  ticket.entities.emails.forEach((email) => known.emails.add(email.toLowerCase()));
}

export function knownFacts({ ticket, orders, shop }: FactContext): KnownFacts {
  const known: KnownFacts = {
    identifiers: new Set(),
    amounts: new Set(),
    dates: new Set(),
    urls: new Set(),
    emails: new Set(),
    phones: [],
  };
  if (ticket) addTicket(known, ticket);
  for (const order of orders ?? []) addOrder(known, order);
  if (shop) for (const value of [shop.name, shop.supportHours, shop.signature, shop.brandVoice]) addText(known, value);
  return known;
}
