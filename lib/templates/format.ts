/**
 * Locale-aware formatting of order facts for replies. Everything is deterministic (no local time
 * zone), so the same order renders the same text on every agent's machine.
 */
import { dateTimeFormat, listFormat, numberFormat } from '@/lib/i18n/intl-formatters';

const FALLBACK_LOCALE = 'en';

/** A BCP 47 locale for Intl from an ISO 639-1 code ("de") or tag ("pt-BR"); English when unknown. */
export function localeFor(language: string | null | undefined): string {
  if (!language) return FALLBACK_LOCALE;
  try {
    return Intl.getCanonicalLocales(language)[0] ?? FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE;
  }
}

/**
 * "84.50" USD → "$84.50" (en), "84,50 €" (de), "US$84.50" (ko); "39000" KRW → "₩39,000" (ko).
 * Money stays a decimal string until display.
 */
export function formatMoney(amount: string, currency: string, locale: string): string {
  // Japanese replies write yen as "3,900円"; Intl's "￥3,900" (a full-width sign) reads like a price tag.
  if (currency === 'JPY' && /^ja\b/i.test(locale)) {
    return `${numberFormat(locale, { maximumFractionDigits: 0 }).format(Number(amount))}円`;
  }
  return numberFormat(locale, { style: 'currency', currency }).format(Number(amount));
}

const DATE_PREFIX = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * "2026-11-20T23:30:00-05:00" → "November 20, 2026". The calendar date is taken as the shop wrote
 * it, not converted to the agent's time zone, which could move it by a day.
 */
export function formatDate(iso: string, locale: string): string | undefined {
  const match = DATE_PREFIX.exec(iso);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (Number.isNaN(date.getTime())) return undefined;
  return dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** ["2 × Mug", "Plate"] → "2 × Mug and Plate" (en), "2 × Mug und Plate" (de). */
export function formatList(parts: string[], locale: string): string {
  return listFormat(locale, { style: 'long', type: 'conjunction' }).format(parts);
}

/** Absent stays absent: blank strings from settings or pages become undefined, never "". */
export function present(value: string | null | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/**
 * Gives a plain value its own readable text for `{{ value }}` output without changing what loops
 * and filters see (renderTemplate prints arrays through this toString).
 */
export function withText<T extends object>(value: T, text: string): T {
  return Object.defineProperty(value, 'toString', { value: () => text, enumerable: false });
}
