import { describe, expect, it } from 'vitest';
import {
  COMPANY_LINE_END,
  DASH_NAME_SIGN_OFF,
  FULL_NAME_LINE,
  GREETED_NAME,
  GREETING_ALONE,
  NAME_SIGN_OFF_LINE,
  NAME_THEN_COMMA,
  NAME_WITH_HONORIFIC,
  SURNAME_NAME_LINE,
  SURNAME_WORD_LINE,
} from '@/lib/ticket/name-patterns';

describe('name patterns', () => {
  it('reads names as people sign them', () => {
    expect(DASH_NAME_SIGN_OFF.test('--Priya Raman')).toBe(true);
    expect(DASH_NAME_SIGN_OFF.test('-- see below')).toBe(false);
    expect(NAME_SIGN_OFF_LINE.test('이지현 드림')).toBe(true);
    expect(SURNAME_NAME_LINE.test('陈静')).toBe(true);
    expect(SURNAME_WORD_LINE.test('周一')).toBe(true);
    expect(FULL_NAME_LINE.test('Anna M. Berg')).toBe(true);
    expect(FULL_NAME_LINE.test('Anna went home')).toBe(false);
    expect(COMPANY_LINE_END.test('Hale Brothers Ltd.')).toBe(true);
  });

  it('reads the name a mail is written to', () => {
    expect(GREETED_NAME.exec('Hallo Frau Köhler,')?.[1]).toBe('Köhler');
    expect(GREETING_ALONE.test('Hi Maria!')).toBe(true);
    expect(GREETING_ALONE.test('Hi, the lid is cracked.')).toBe(false);
    expect(NAME_WITH_HONORIFIC.exec('山本 花子 様')?.[1]).toBe('山本 花子');
    expect(NAME_THEN_COMMA.exec('Ирина, адрес исправили')?.[1]).toBe('Ирина');
  });
});
