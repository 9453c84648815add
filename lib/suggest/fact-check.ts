/**
 * Fact check before insert: every order number, tracking number, amount, date, link, email
 * address and phone number in a reply (an AI draft or an edited suggestion) must be found in the
 * ticket, the order data or the shop's facts. Written forms are normalised on both sides
 * ("$197.00" = "197.00" = "197 USD"; "November 26, 2026" = "26.11.2026" = "2026-11-26";
 * "#1047" = "1047"; a carrier's tracking page for a known number is a known link).
 * Offsets are JavaScript string indices into the reply.
 */
import type { FactKind } from '@/lib/schemas/ai';
import { detectFacts, type DetectedFact } from '@/lib/suggest/fact-check-detect';
import { knownFacts, type FactContext, type KnownFacts } from '@/lib/suggest/fact-check-known';
import { samePhone } from '@/lib/suggest/fact-check-patterns';

export type { FactContext } from '@/lib/suggest/fact-check-known';

export interface UnverifiedFact {
  text: string;
  kind: FactKind;
  start: number;
  end: number;
}

export interface FactCheckResult {
  unverified: UnverifiedFact[];
}

function isKnown(fact: DetectedFact, known: KnownFacts): boolean {
  const has = (set: Set<string>) => fact.keys.some((key) => set.has(key));
  switch (fact.kind) {
    case 'order_number':
    case 'tracking_number':
      return has(known.identifiers);
    case 'amount':
      return has(known.amounts);
    case 'date':
      return has(known.dates);
    case 'url':
      return has(known.urls);
    case 'email':
      return has(known.emails);
    case 'phone':
      return fact.keys.some((key) => known.phones.some((phone) => samePhone(key, phone)));
  }
}

export function checkFacts(text: string, context: FactContext = {}): FactCheckResult {
  const facts = detectFacts(text);
  if (facts.length === 0) return { unverified: [] };
  const known = knownFacts(context);
  return {
    unverified: facts
      .filter((fact) => !isKnown(fact, known))
      .map(({ text: factText, kind, start, end }) => ({ text: factText, kind, start, end })),
  };
}
