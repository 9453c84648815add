import { describe, expect, it } from 'vitest';
import { dateTimeFormat, listFormat, numberFormat, pluralRules } from '@/lib/i18n/intl-formatters';

describe('Intl formatters are made once per locale and options', () => {
  it('gives back the same formatter for the same locale and options', () => {
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' })).toBe(numberFormat('de', { style: 'currency', currency: 'EUR' }));
    expect(dateTimeFormat('ko', { dateStyle: 'long', timeZone: 'UTC' })).toBe(dateTimeFormat('ko', { dateStyle: 'long', timeZone: 'UTC' }));
    expect(listFormat('fr', { type: 'conjunction' })).toBe(listFormat('fr', { type: 'conjunction' }));
    expect(pluralRules('ko')).toBe(pluralRules('ko'));
  });

  it('keeps locales and options apart', () => {
    expect(numberFormat('de', { style: 'currency', currency: 'EUR' }).format(84.5)).toBe('84,50\u00a0€');
    expect(numberFormat('en', { style: 'currency', currency: 'EUR' }).format(84.5)).toBe('€84.50');
    expect(numberFormat('en', { style: 'currency', currency: 'USD' }).format(84.5)).toBe('$84.50');
    expect(listFormat('en', { type: 'conjunction' }).format(['a', 'b'])).toBe('a and b');
    expect(listFormat('en', { type: 'disjunction' }).format(['a', 'b'])).toBe('a or b');
    expect(pluralRules('en').select(1)).toBe('one');
    expect(pluralRules('fr').select(0)).toBe('one');
  });
});
