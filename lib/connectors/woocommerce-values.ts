/**
 * WooCommerce's values as Deskpilot writes them: HTML-escaped names decoded, GMT dates given their
 * zone, decimal strings as exact cents, addresses with the country's name.
 */
import { decodeHTML } from 'entities';
import type { Address } from '@/lib/schemas/order';
import type { WooAddress } from './woocommerce-wire';

/**
 * Product names come HTML-escaped ("Hoodie &ndash; Blue"); the panel renders text, not HTML.
 * Decoded as a browser decodes text (every named entity, &#0; as U+FFFD), by the `entities` package.
 */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}

/** WooCommerce's GMT dates carry no zone designator. */
export function gmt(date: string): string {
  return /[zZ]|[+-]\d\d:\d\d$/.test(date) ? date : `${date}Z`;
}

export function toCents(amount: string): number {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?\d*$/.exec(amount.trim());
  if (!match) throw new Error(`WooCommerce sent an amount that is not a decimal: ${amount}`);
  const cents = Number(match[2]) * 100 + Number((match[3] ?? '').padEnd(2, '0'));
  return match[1] ? -cents : cents;
}

export function fromCents(cents: number): string {
  const abs = Math.abs(cents);
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function present(value: string | null | undefined): string | undefined {
  return value?.trim() ? decodeEntities(value.trim()) : undefined;
}

function countryName(code: string | undefined): string | undefined {
  if (code?.length !== 2) return undefined;
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase());
  } catch {
    return undefined;
  }
}

export function personName(address: WooAddress): string | undefined {
  return present([address.first_name, address.last_name].filter(Boolean).join(' '));
}

export function address(raw: WooAddress | null | undefined): Address | undefined {
  if (!raw || (!present(raw.address_1) && !present(raw.city))) return undefined;
  const countryCode = present(raw.country)?.toUpperCase();
  return {
    name: personName(raw),
    address1: present(raw.address_1),
    address2: present(raw.address_2),
    city: present(raw.city),
    province: present(raw.state),
    zip: present(raw.postcode),
    country: countryName(countryCode),
    countryCode: countryCode?.length === 2 ? countryCode : undefined,
  };
}
