import type { Entities } from '@/lib/schemas/ticket';
import { findTrackingNumbers } from './tracking';

/** A customer's own text is short; past this we are reading pasted logs or history, not references. */
const MAX_SCAN_CHARS = 200_000;

// Amazon order ids: 3-7-7 digits (114-3941689-8772232).
const AMAZON_ORDER = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;

// eBay order numbers: 2-5-5 digits (12-34567-89012, shown in Seller Hub and order mails since
// 2019; seen 2026-11). Not after a "+" or digit, so international phone numbers stay out.
const EBAY_ORDER = /(?<![\d+-])\d{2}-\d{5}-\d{5}(?![\d-])/g;

// Shopify-style "#1001": three to nine digits after a hash that is not part of a word or entity (&#123;).
// Longer runs are listing or item numbers (eBay subjects end in "#256712345678"), not shop orders.
const HASH_ORDER = /(?<![\p{L}\d&#/])#\d{3,9}(?![\p{L}\d]|[.,]\d)/gu;

// "order 10234", "order no. 10234", "Bestellnummer: 10234", "n° de commande 10234", "pedido #1234".
const ORDER_WORD = '(?:orders?|bestellung|pedido|commande|ordine|bestelling|ordre|encomenda)';
const NUMBER_LABEL = String.raw`(?:no|nr|number|num|n[°º]|id|nummer|n[úu]m[ée]ro|ref|reference)\.?`;
const COMPOUND_LABEL = String.raw`(?:bestellnummer|bestell-?nr\.?|auftragsnummer|auftrags-?nr\.?|ordernummer|order-?nr\.?|order-?id|n[°º]\s?de\s(?:commande|pedido)|n[úu]m[ée]ro\sde\s(?:commande|pedido)|numero\sd['’]\s?ordine|n[úu]mero\sda\sencomenda)`;
// The reference: an optional hash, an optional short letter prefix (WC-, EU) and 3–12 digits, not
// followed by a decimal, a date or time separator, or a currency — prices and dates are not orders.
// Three digits only with a label ("order no. 452", "Bestellnummer 452"): small WooCommerce shops
// number orders from their first posts, but "order 250" alone is more often a quantity.
const REFERENCE = String.raw`(#?(?:[A-Z]{1,4}-?)?\d{3,12})(?![\p{L}\d]|[.,/:-]\d|\s?(?:€|\$|£|eur\b|usd\b|gbp\b|dollars?\b|euros?\b))`;
const WORD_ORDER = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${COMPOUND_LABEL})|${ORDER_WORD}(\s?${NUMBER_LABEL})?)\s?[:.]?\s?${REFERENCE}`,
  'giu',
);

const YEAR = /^(?:19|20)\d\d$/;

const EMAIL = /(?<![\w.%+-])[\w.%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,8}\.[A-Za-z]{2,24}(?![\w@])/g;

interface Found {
  value: string;
  at: number;
}

function ordersIn(text: string): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(AMAZON_ORDER)) found.push({ value: match[0], at: match.index ?? 0 });
  for (const match of text.matchAll(EBAY_ORDER)) found.push({ value: match[0], at: match.index ?? 0 });
  for (const match of text.matchAll(HASH_ORDER)) found.push({ value: match[0], at: match.index ?? 0 });
  for (const match of text.matchAll(WORD_ORDER)) {
    const [whole, compoundLabel, label, reference] = match;
    if (!reference) continue;
    // "order 2023" is a year far more often than an order; "order no. 2023" or "#2023" is an order.
    const labelled = Boolean(compoundLabel || label || reference.startsWith('#'));
    if (!labelled && (YEAR.test(reference) || /^[A-Z-]*\d{3}$/i.test(reference))) continue;
    found.push({ value: reference, at: (match.index ?? 0) + whole.length - reference.length });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Appends values not yet seen under `key`, in order. */
function addUnique<T>(into: T[], seen: Set<string>, values: Iterable<T>, key: (value: T) => string): void {
  for (const value of values) {
    const k = key(value);
    if (seen.has(k)) continue;
    seen.add(k);
    into.push(value);
  }
}

/** "#1001" and "1001" are the same order; case does not matter in prefixes or emails. */
const orderKey = (ref: string) => ref.replace(/^#/, '').toUpperCase();

/**
 * Order references (as written), tracking numbers and email addresses in the given texts, in the
 * order first seen across them. Pass only text the customer wrote now (subject, stripped
 * messages): numbers that appear only in quoted history are not the customer's new references.
 */
export function extractEntities(texts: string | readonly string[]): Entities {
  const entities: Entities = { orderRefs: [], trackingRefs: [], emails: [] };
  const seenOrders = new Set<string>();
  const seenTracking = new Set<string>();
  const seenEmails = new Set<string>();
  for (const full of typeof texts === 'string' ? [texts] : texts) {
    const text = full.length > MAX_SCAN_CHARS ? full.slice(0, MAX_SCAN_CHARS) : full;
    const orders = ordersIn(text).map((found) => found.value);
    addUnique(entities.orderRefs, seenOrders, orders, orderKey);
    // A number the customer introduced as an order is not also a waybill.
    const tracking = findTrackingNumbers(text).filter((ref) => !seenOrders.has(orderKey(ref.number)));
    addUnique(entities.trackingRefs, seenTracking, tracking, (ref) => ref.number);
    const emails = [...text.matchAll(EMAIL)].map((match) => match[0]);
    addUnique(entities.emails, seenEmails, emails, (email) => email.toLowerCase());
  }
  return entities;
}
