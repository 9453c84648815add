/**
 * Deterministic, check-digit-valid tracking numbers for the demo store. The serial comes from a
 * hash of the order number and package index, so re-running the generator gives the same numbers;
 * the check digit comes from the same code that recognises numbers in tickets (lib/ticket/tracking).
 */
import { withCheckDigit, type Carrier } from '@/lib/ticket/tracking';
import type { DemoCarrier } from './spec';

/** The carrier id lib/ticket/tracking.ts reports for each carrier name the store uses. */
export const TRACKING_CARRIER_IDS: Record<DemoCarrier, Carrier> = {
  UPS: 'ups',
  USPS: 'usps',
  FedEx: 'fedex',
  'DHL Express': 'dhl',
  'Royal Mail': 'royal-mail',
};

/** Usual door-to-door days once a parcel has left the warehouse. */
export const TRANSIT_DAYS: Record<DemoCarrier, number> = { UPS: 4, USPS: 4, FedEx: 3, 'DHL Express': 3, 'Royal Mail': 2 };

/** FNV-1a, then a linear congruential stream: stable across runs and platforms. */
function digitStream(seed: string): (count: number) => string {
  let state = 0x811c9dc5;
  for (const char of seed) state = Math.imul(state ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return (count) => {
    let out = '';
    for (let i = 0; i < count; i++) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      out += String((state >>> 16) % 10);
    }
    return out;
  };
}

export function demoTrackingNumber(carrier: DemoCarrier, seed: string): string {
  const digits = digitStream(seed);
  switch (carrier) {
    case 'UPS': // shipper account A4W68F, service 03 (Ground), 7-digit package serial
      return withCheckDigit('ups', `1ZA4W68F03${digits(7)}`);
    case 'USPS': // IMpb: 9400 1 (Priority Mail tracking) + mailer id and serial
      return withCheckDigit('usps', `94001${digits(16)}`);
    case 'FedEx': // 12-digit Express/Ground numbers commonly start with 7
      return withCheckDigit('fedex-12', `7${digits(10)}`);
    case 'DHL Express': // 10-digit waybill; no leading zero
      return withCheckDigit('dhl-express', `${1 + (Number(digits(1)) % 9)}${digits(8)}`);
    case 'Royal Mail': // UPU S10 tracked item posted in GB
      return withCheckDigit('s10', `TT${digits(8)}GB`);
  }
}
