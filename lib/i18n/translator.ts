/**
 * Everything the interface needs to speak one language: `t(key, params)` over the catalogs, and
 * dates, money, numbers, lists and relative times through Intl in that language.
 */
import { formatDate, formatList, formatMoney } from '@/lib/templates/format';
import { dateTimeFormat, numberFormat } from '@/lib/i18n/intl-formatters';
import { CATALOGS, type MessageKey } from './catalogs';
import { formatMessage, type MessageParams } from './format-message';
import { FALLBACK_UI_LOCALE, type UiLocale } from './locales';

export type { MessageKey } from './catalogs';
export type { MessageParams } from './format-message';

export interface Translator {
  locale: UiLocale;
  t: (key: MessageKey, params?: MessageParams) => string;
  /** "2026-11-24…" → "November 24, 2026" / "2026년 11월 24일"; the ISO text itself when it is not a date. */
  date: (iso: string) => string;
  /** A date and time in the agent's own time zone ("Nov 24, 2026, 1:05 PM"). */
  dateTime: (iso: string) => string;
  money: (amount: string, currency: string) => string;
  number: (value: number) => string;
  list: (parts: string[]) => string;
  /** Hours from now (negative: in the past) → "3 hours ago" / "3시간 전". */
  relativeHours: (hours: number) => string;
  /** A length of time in hours → "45 minutes", "3 hours", "2 days 5 hours" / "2일 5시간". */
  duration: (hours: number) => string;
  /** "ko" → "Korean" / "한국어"; the code itself when Intl does not know it. */
  languageName: (code: string) => string;
}

const translators = new Map<UiLocale, Translator>();

export function translator(locale: UiLocale): Translator {
  const known = translators.get(locale);
  if (known) return known;
  const catalog = CATALOGS[locale];
  const fallback = CATALOGS[FALLBACK_UI_LOCALE];
  const numbers = new Intl.NumberFormat(locale);
  const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const made: Translator = {
    locale,
    t: (key, params) => formatMessage(catalog[key] ?? fallback[key] ?? key, params, locale),
    date: (iso) => formatDate(iso, locale) ?? iso,
    dateTime: (iso) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    money: (amount, currency) => formatMoney(amount, currency, locale),
    number: (value) => numbers.format(value),
    list: (parts) => formatList(parts, locale),
    relativeHours: (hours) => {
      const abs = Math.abs(hours);
      if (abs < 1) return relative.format(Math.round(hours * 60), 'minute');
      if (abs < 48) return relative.format(Math.round(hours), 'hour');
      return relative.format(Math.round(hours / 24), 'day');
    },
    duration: durationFormatter(locale),
    languageName: (code) => {
      try {
        return new Intl.DisplayNames(locale, { type: 'language' }).of(code) ?? code;
      } catch {
        return code;
      }
    },
  };
  translators.set(locale, made);
  return made;
}

function durationFormatter(locale: UiLocale): (hours: number) => string {
  const unit = (value: number, name: 'minute' | 'hour' | 'day') =>
    numberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  const units = new Intl.ListFormat(locale, { style: 'narrow', type: 'unit' });
  return (hours) => {
    if (hours < 1) return unit(Math.max(0, Math.round(hours * 60)), 'minute');
    const whole = Math.floor(hours);
    if (whole < 48) return unit(whole, 'hour');
    const rest = whole % 24;
    return rest ? units.format([unit(Math.floor(whole / 24), 'day'), unit(rest, 'hour')]) : unit(Math.floor(whole / 24), 'day');
  };
}
