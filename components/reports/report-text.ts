/**
 * How the Reports page's figures read, in the interface's language (words are in lib/i18n's
 * catalogs, `reports.*`). The page and its tests format with these, so they agree.
 */

/** A duration in the unit a person uses: 45 s, 12 min, 3.5 h, 2.1 days (Intl's short units). */
export function formatDuration(ms: number | null, locale = 'en'): string {
  if (ms === null) return '—';
  const seconds = ms / 1000;
  const unit = (value: number, name: 'second' | 'minute' | 'hour' | 'day', digits: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(value);
  if (seconds < 60) return unit(Math.round(seconds), 'second', 0);
  if (seconds < 3600) return unit(Math.round(seconds / 60), 'minute', 0);
  if (seconds < 86_400) return unit(Math.round(seconds / 360) / 10, 'hour', 1);
  return unit(Math.round(seconds / 8640) / 10, 'day', 1);
}

/** Minutes saved: one decimal under an hour (3.8 min), then hours (2.5 hr). */
export function formatMinutes(minutes: number, locale = 'en'): string {
  const [value, unit] = minutes < 60 ? [minutes, 'minute'] : [minutes / 60, 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(value);
}

export function formatRate(rate: number | null, locale = 'en'): string {
  return rate === null ? '—' : new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
}
