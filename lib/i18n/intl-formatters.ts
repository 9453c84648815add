/**
 * Intl formatters, made once per locale and options and reused by the reply templates and the
 * interface's messages. Constructing one costs far more than formatting with it (V8 loads the
 * locale's data each time): building one order's template variables made five and took ~3 ms, and
 * every message with a number or a plural made one or two.
 */

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.PluralRules;
const made = new Map<string, Formatter>();

function reuse<T extends Formatter>(key: string, make: () => T): T {
  let formatter = made.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    made.set(key, formatter);
  }
  return formatter;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return reuse(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return reuse(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions): Intl.ListFormat {
  return reuse(`list ${locale} ${JSON.stringify(options)}`, () => new Intl.ListFormat(locale, options));
}

export function pluralRules(locale: string): Intl.PluralRules {
  return reuse(`plural ${locale}`, () => new Intl.PluralRules(locale));
}
