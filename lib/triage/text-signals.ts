/** What the customer's words say: risk, anger, thanks, a pre-sale question, a dated event. */
import { findPhrases, fold, hasSignal } from '@/lib/triage/phrases';
import { findDatedEvent, type DatedEvent } from '@/lib/triage/event';

export interface TextSignals {
  chargeback: boolean;
  a_to_z_claim: boolean;
  legal_threat: boolean;
  review_threat: boolean;
  angry: boolean;
  thanks: boolean;
  preSale: boolean;
  /** "but", "aber", "mais", "하지만", "でも": thanks followed by a problem is not pure thanks. */
  contrast: boolean;
  /** "please", "bitte", "por favor", "주세요", "ください": the customer asks for something. */
  request: boolean;
  question: boolean;
  event: DatedEvent | null;
  wordCount: number;
}

/** Shouting: three or more all-capital words of four letters or more ("WHERE IS MY ORDER"). */
function shouts(text: string): boolean {
  const caps = text.match(/(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu) ?? [];
  return caps.length >= 3 || /[!！]{3,}/u.test(text);
}

export function readTextSignals(text: string, subject: string | undefined, now: Date, eventWithinDays: number): TextSignals {
  const whole = subject ? `${subject}\n${text}` : text;
  const folded = fold(whole);
  const hits = findPhrases(folded);
  return {
    chargeback: hasSignal(hits, 'chargeback'),
    a_to_z_claim: hasSignal(hits, 'a_to_z_claim'),
    legal_threat: hasSignal(hits, 'legal_threat'),
    review_threat: hasSignal(hits, 'review_threat'),
    angry: hasSignal(hits, 'angry') || shouts(whole),
    thanks: hasSignal(hits, 'thanks'),
    preSale: hasSignal(hits, 'pre_sale'),
    contrast: hasSignal(hits, 'contrast'),
    request: hasSignal(hits, 'request'),
    // The body only: a subject "Question about order" is not the customer asking.
    question: /[?？]/u.test(text),
    event: findDatedEvent(folded, hits, now, eventWithinDays),
    wordCount: text.split(/\s+/u).filter(Boolean).length,
  };
}
