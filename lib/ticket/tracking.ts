import type { TrackingRef } from '@/lib/schemas/ticket';
import { computeCheckDigit, withCheckDigit, type TrackingFormat } from './check-digits';

export { computeCheckDigit, withCheckDigit, type TrackingFormat };

/** Carrier ids used in TrackingRef.carrier. */
export type Carrier = 'ups' | 'usps' | 'fedex' | 'dhl' | 'royal-mail' | 'upu';

interface Recognised {
  carrier: Carrier;
  format: TrackingFormat;
  /** A checksum passes for 1 in 7–11 random digit strings of this length: needs shipping context in free text. */
  weak: boolean;
}

function checkDigitHolds(format: TrackingFormat, number: string): boolean {
  if (format === 's10') return computeCheckDigit(format, number.slice(0, 10) + number.slice(11)) === number[10];
  return computeCheckDigit(format, number.slice(0, -1)) === number.slice(-1);
}

/** S10 numbers end in the ISO country of the posting operator; only some operators have a page we link to. */
function s10Carrier(country: string): Carrier {
  if (country === 'GB') return 'royal-mail';
  if (country === 'US') return 'usps';
  return 'upu';
}

function recognise(number: string): Recognised | null {
  if (/^1Z[0-9A-Z]{16}$/.test(number)) return { carrier: 'ups', format: 'ups', weak: false };
  if (/^[A-Z]{2}\d{9}[A-Z]{2}$/.test(number)) return { carrier: s10Carrier(number.slice(11)), format: 's10', weak: false };
  if (!/^\d+$/.test(number) || /^(\d)\1*$/.test(number)) return null;
  switch (number.length) {
    case 22:
      return /^9[1-5]/.test(number) ? { carrier: 'usps', format: 'usps', weak: false } : null;
    case 20:
      return { carrier: 'usps', format: 'usps', weak: true };
    case 15:
      return { carrier: 'fedex', format: 'fedex-15', weak: true };
    case 12:
      return { carrier: 'fedex', format: 'fedex-12', weak: true };
    case 10:
      return { carrier: 'dhl', format: 'dhl-express', weak: true };
    default:
      return null;
  }
}

function parseRecognised(input: string): (TrackingRef & { weak: boolean }) | null {
  const number = input.replace(/\s+/g, '').toUpperCase();
  if (number.length > 40) return null;
  const found = recognise(number);
  if (!found || !checkDigitHolds(found.format, number)) return null;
  return { number, carrier: found.carrier, weak: found.weak };
}

/**
 * A tracking number of UPS, USPS (IMpb), FedEx (12/15 digits), DHL Express (10 digits) or an
 * S10 postal item (Royal Mail for GB), validated by its check digit; null for anything else.
 * Spaces inside the number are allowed ("9400 1112 ...").
 */
export function parseTrackingNumber(input: string): TrackingRef | null {
  const parsed = parseRecognised(input);
  return parsed ? { number: parsed.number, carrier: parsed.carrier } : null;
}

// Candidates: UPS, S10, digits printed in groups of four, or a plain run of 10–22 digits. The
// boundaries keep out parts of longer tokens, phone numbers (+…), references (#…) and decimals.
const CANDIDATE =
  /(?<![0-9A-Za-z+#]|\d[.,])(1Z[0-9A-Z]{16}|[A-Z]{2}\d{9}[A-Z]{2}|\d{4}(?: \d{4}){2,4}(?: \d{1,3})?|\d{10,22})(?![0-9A-Za-z]|[.,]\d)/gi;

/** Words near a number that say it is a shipment's, in the languages the inboxes see most. */
const SHIPPING_CONTEXT =
  /track|trac?king|sendung|paket|lieferung|suivi|colis|envoi|seguimiento|rastreo|env[ií]o|spedizion|tracciamento|pacco|zending|pakket|verzending|rastreio|encomenda|försändelse|kolli|\b(?:dhl|fedex|ups|usps|awb)\b|waybill|shipment|shipping|parcel|package|consignment/i;
const CONTEXT_BEFORE = 80;
const CONTEXT_AFTER = 30;

/**
 * Every tracking number in free text, deduplicated, in order of appearance. Formats whose
 * check digit passes by chance too often (10/12/15/20 digits) also need a shipping word nearby,
 * so phone numbers and long ids are not taken for waybills.
 */
export function findTrackingNumbers(text: string): TrackingRef[] {
  const found = new Map<string, TrackingRef>();
  for (const match of text.matchAll(CANDIDATE)) {
    const parsed = parseRecognised(match[0]);
    if (!parsed || found.has(parsed.number)) continue;
    if (parsed.weak) {
      const start = match.index ?? 0;
      const around = text.slice(Math.max(0, start - CONTEXT_BEFORE), start + match[0].length + CONTEXT_AFTER);
      if (!SHIPPING_CONTEXT.test(around)) continue;
    }
    found.set(parsed.number, { number: parsed.number, carrier: parsed.carrier });
  }
  return [...found.values()];
}

const TRACKING_PAGES: Record<string, (number: string) => string> = {
  ups: (n) => `https://www.ups.com/track?tracknum=${n}`,
  usps: (n) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${n}`,
  fedex: (n) => `https://www.fedex.com/fedextrack/?trknbr=${n}`,
  dhl: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`,
  dhlexpress: (n) => `https://www.dhl.com/global-en/home/tracking/tracking-express.html?submit=1&tracking-id=${n}`,
  royalmail: (n) => `https://www.royalmail.com/track-your-item#/tracking-results/${n}`,
};

/**
 * The carrier's public tracking page for a number, or null for carriers we have no page for.
 * Accepts our carrier ids and the spellings stores use ("UPS", "FedEx", "Royal Mail", "DHL Express").
 */
export function trackingUrl(carrier: string, number: string): string | null {
  const page = TRACKING_PAGES[carrier.toLowerCase().replace(/[^a-z]/g, '')];
  const cleaned = number.replace(/\s+/g, '');
  if (!page || !cleaned) return null;
  return page(encodeURIComponent(cleaned));
}
