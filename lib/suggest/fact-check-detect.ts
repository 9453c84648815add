/**
 * Finds the checkable facts in a text — links, email addresses, dates, amounts, order and
 * tracking numbers, phone numbers, other codes — with their offsets and comparable keys. Each kind
 * is read in that order and a later kind never re-reads characters an earlier one took, so the date in
 * "26.11.2026" is not also an amount and the digits of a tracking URL are not also a number.
 */
import type { FactKind } from '@/lib/schemas/ai';
import { parseTrackingNumber } from '@/lib/ticket/tracking';
import { findAmounts } from '@/lib/suggest/fact-check-amounts';
import { findDates } from '@/lib/suggest/fact-check-dates';
import {
  BARE_DOMAIN_PATTERN,
  EMAIL_PATTERN,
  PHONE_PATTERN,
  PHONE_WORDS,
  URL_PATTERN,
  digitCount,
  foldFullWidth,
  phoneDigits,
  trimLinkEnd,
  urlKey,
} from '@/lib/suggest/fact-check-patterns';

export interface DetectedFact {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
  /** Comparable forms; the fact is verified when one of them is known. */
  keys: string[];
}

const AMAZON_ORDER = /(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])/g;
const HASH_ORDER = /(?<![\p{L}\d&#/])#(?:[A-Z]{1,4}-?)?\d{3,12}(?![\p{L}\d]|[.,]\d)/gu;
const ORDER_WORD =
  '(?:orders?|bestellung|bestellnummer|auftragsnummer|pedido|commande|ordine|bestelling|ordre|encomenda|주문(?:번호)?|(?:ご)?注文(?:番号)?)';
const ORDER_LABEL = String.raw`(?:\s?(?:number|no\.?|nr\.?|num\.?|id|nummer|n[°º]|n[úu]m[ée]ro|ref\.?))?`;
const WORD_ORDER = new RegExp(
  String.raw`(?<![\p{L}\d])${ORDER_WORD}${ORDER_LABEL}\s?[:.]?\s?(#?(?:[A-Z]{1,4}-?)?\d{4,12})(?![\p{L}\d]|[.,]\d)`,
  'giu',
);
// Waybills as carriers print them (tracking.ts): UPS, S10 postal items, digits in groups of four.
const WAYBILL = /(?<![0-9A-Za-z+#])(1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|\d{4}(?: \d{4}){2,4}(?: \d{1,3})?)(?![0-9A-Za-z])/g;
/** Any other code of letters and digits with at least six digits ("JJD000390007788123", "5551234567"). */
const CODE = /(?<![\p{L}\d#+-])[A-Z0-9](?:[A-Z0-9-]*[A-Z0-9])?(?![\p{L}\d-])/gu;
const SHIPPING_WORDS =
  /track|waybill|shipment|parcel|package|carrier|sendung|paket|suivi|colis|seguimiento|env[ií]o|spedizion|zending|rastreio|운송장|송장|택배|追跡|伝票|お問い合わせ番号|問合せ番号|\b(?:dhl|fedex|ups|usps|dpd|gls|hermes|awb)\b/i;
const ORDER_WORDS = /\b(?:order|bestellung|pedido|commande|ordine|bestelling)\b|주문|注文/i;

const normalizeId = (text: string) => text.toUpperCase().replace(/[^0-9A-Z]/g, '');

class Spans {
  readonly facts: DetectedFact[] = [];
  free(start: number, end: number): boolean {
    return !this.facts.some((f) => start < f.end && f.start < end);
  }
  add(kind: FactKind, text: string, start: number, keys: string[]): void {
    if (text && this.free(start, start + text.length)) this.facts.push({ kind, text, start, end: start + text.length, keys });
  }
}

function before(text: string, start: number, chars: number): string {
  return text.slice(Math.max(0, start - chars), start);
}

function addLinksAndEmails(text: string, spans: Spans): void {
  for (const m of text.matchAll(URL_PATTERN)) {
    const link = trimLinkEnd(m[0]);
    spans.add('url', link, m.index ?? 0, [urlKey(link)]);
  }
  for (const m of text.matchAll(EMAIL_PATTERN)) spans.add('email', m[0], m.index ?? 0, [m[0].toLowerCase()]);
  for (const m of text.matchAll(BARE_DOMAIN_PATTERN)) {
    const link = trimLinkEnd(m[0]);
    spans.add('url', link, m.index ?? 0, [urlKey(link)]);
  }
}

function addIdentifiers(text: string, spans: Spans): void {
  for (const m of text.matchAll(AMAZON_ORDER)) spans.add('order_number', m[0], m.index ?? 0, [normalizeId(m[0])]);
  for (const m of text.matchAll(HASH_ORDER)) spans.add('order_number', m[0], m.index ?? 0, [normalizeId(m[0])]);
  for (const m of text.matchAll(WORD_ORDER)) {
    const ref = m[1]!;
    spans.add('order_number', ref, (m.index ?? 0) + m[0].length - ref.length, [normalizeId(ref)]);
  }
  for (const m of text.matchAll(WAYBILL)) {
    const context = before(text, m.index ?? 0, 40);
    // "0151 2345 6789" after "call me on" is a mobile number, not a parcel.
    if (PHONE_WORDS.test(context)) continue;
    if (parseTrackingNumber(m[0]) || SHIPPING_WORDS.test(context) || digitCount(m[0]) > 15) {
      spans.add('tracking_number', m[0], m.index ?? 0, [normalizeId(m[0])]);
    }
  }
}

function addCodes(text: string, spans: Spans): void {
  for (const m of text.matchAll(CODE)) {
    const start = m.index ?? 0;
    if (m[0].length > 40 || digitCount(m[0]) < 6) continue;
    const context = before(text, start, 40);
    const shipping = SHIPPING_WORDS.test(context);
    // A bare run of digits after "call us on" is a phone number.
    if (!shipping && /^\d+$/.test(m[0]) && PHONE_WORDS.test(context)) {
      spans.add('phone', m[0], start, [phoneDigits(m[0])]);
      continue;
    }
    const tracking = shipping || parseTrackingNumber(m[0]) !== null || (!ORDER_WORDS.test(context) && m[0].length >= 10);
    spans.add(tracking ? 'tracking_number' : 'order_number', m[0], start, [normalizeId(m[0])]);
  }
}

function addPhones(text: string, spans: Spans): void {
  for (const m of text.matchAll(PHONE_PATTERN)) {
    // "(03-1234-5678)": a bracket that opens around the whole number is not part of it.
    const unopened = m[0].startsWith('(') && !m[0].includes(')');
    const raw = unopened ? m[0].slice(1) : m[0];
    const digits = digitCount(raw);
    if (digits < 7 || digits > 15) continue;
    const start = (m.index ?? 0) + (unopened ? 1 : 0);
    const separated = /[ ().\-/\u00a0]/.test(raw) || raw.startsWith('+');
    if (!separated && !PHONE_WORDS.test(before(text, start, 40))) continue;
    spans.add('phone', raw, start, [phoneDigits(raw)]);
  }
}

export function detectFacts(original: string): DetectedFact[] {
  // Read on a copy with full-width characters folded (same length, so offsets carry over).
  const text = foldFullWidth(original);
  const spans = new Spans();
  addLinksAndEmails(text, spans);
  for (const date of findDates(text)) spans.add('date', text.slice(date.start, date.end), date.start, date.keys);
  for (const amount of findAmounts(text)) spans.add('amount', text.slice(amount.start, amount.end), amount.start, [amount.key]);
  addIdentifiers(text, spans);
  // Phones before other codes: "(555) 123-4567" is a phone, not a code "123-4567".
  addPhones(text, spans);
  addCodes(text, spans);
  return spans.facts.map((fact) => ({ ...fact, text: original.slice(fact.start, fact.end) })).sort((a, b) => a.start - b.start);
}

export { normalizeId };
