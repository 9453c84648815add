import { describe, expect, it } from 'vitest';
import { CATALOGS, type MessageKey } from '@/lib/i18n/catalogs';
import { messageParams, parseMessage } from '@/lib/i18n/format-message';
import { UI_LOCALES } from '@/lib/i18n/locales';
import { translator } from '@/lib/i18n/translator';

/**
 * A translation shows every value English shows and uses no name English does not pass; it may
 * drop a plural that its language does not need ("{summary}. 확인하십시오." has no count).
 */
function paramsDiffer(translation: string, english: string): boolean {
  const ours = messageParams(translation);
  const theirs = messageParams(english);
  const passed = new Set([...theirs.shown, ...theirs.chosenBy]);
  const dropped = [...theirs.shown].some((name) => !ours.shown.has(name));
  const unknown = [...ours.shown, ...ours.chosenBy].some((name) => !passed.has(name));
  return dropped || unknown;
}
const keys = Object.keys(CATALOGS.en) as MessageKey[];

describe('message catalogs', () => {
  it('parse, in every language', () => {
    for (const locale of UI_LOCALES)
      for (const key of keys) expect(() => parseMessage(CATALOGS[locale][key]), `${locale} ${key}`).not.toThrow();
  });

  it('use the same parameters as English, so no value is dropped or left as {name}', () => {
    const mismatches = UI_LOCALES.flatMap((locale) =>
      keys.filter((key) => paramsDiffer(CATALOGS[locale][key], CATALOGS.en[key])).map((key) => `${locale} ${key}`),
    );
    expect(mismatches).toEqual([]);
  });

  it('are translated: a non-English catalog keeps at most a few English values (brand names, "Normal", "{label}:")', () => {
    for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
      const same = keys.filter((key) => CATALOGS[locale][key] === CATALOGS.en[key] && /[a-z]{3}/.test(CATALOGS.en[key]));
      expect(same.length, `${locale}: ${same.join(', ')}`).toBeLessThanOrEqual(keys.length * 0.03);
    }
  });

  it('has no empty message', () => {
    for (const locale of UI_LOCALES) for (const key of keys) expect(CATALOGS[locale][key].trim(), `${locale} ${key}`).not.toBe('');
  });
});

describe('translator', () => {
  it('formats dates, money and durations in the chosen language', () => {
    const ko = translator('ko');
    expect(ko.date('2026-11-24T09:00:00Z')).toBe('2026년 11월 24일');
    expect(ko.money('39000', 'KRW')).toBe('₩39,000');
    expect(ko.duration(50)).toBe('2일 2시간');
    expect(ko.t('customer.orders', { count: 1 })).toBe('주문 1건');
    expect(translator('en').t('customer.orders', { count: 1 })).toBe('1 order');
    expect(translator('en').duration(0.5)).toBe('30 minutes');
    expect(translator('de').money('84.5', 'EUR')).toBe('84,50\u00a0€');
    expect(translator('ja').money('3900', 'JPY')).toBe('3,900円');
  });
});
