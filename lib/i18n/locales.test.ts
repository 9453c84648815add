import { describe, expect, it } from 'vitest';
import { matchUiLocale, resolveUiLocale } from '@/lib/i18n/locales';

describe('which language the interface speaks', () => {
  it('follows the first browser language it speaks, else English', () => {
    expect(resolveUiLocale('auto', ['ko-KR', 'en-US'])).toBe('ko');
    expect(resolveUiLocale('auto', ['pt-BR', 'de'])).toBe('de');
    expect(resolveUiLocale('auto', ['pt-BR'])).toBe('en');
    expect(resolveUiLocale(undefined, [])).toBe('en');
    expect(matchUiLocale(['JA_jp'])).toBe('ja');
  });

  it('lets the Settings choice override the browser', () => {
    expect(resolveUiLocale('fr', ['ko-KR'])).toBe('fr');
  });
});
