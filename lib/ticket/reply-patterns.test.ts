import { describe, expect, it } from 'vitest';
import {
  FORWARD_LINE,
  HEADER_FROM_LINE,
  HEADER_OTHER_LINE,
  INLINE_SECOND_FIELD,
  ORIGINAL_MESSAGE_LINE,
  ORIGINAL_MESSAGE_WITH_HEADER,
  QUOTED_LINE,
  RULE_LINE,
} from '@/lib/ticket/reply-patterns';

describe('history and signature line patterns', () => {
  it("tells a '>' quote from arrows that frame the sender's own line or GroupWise's header", () => {
    expect(QUOTED_LINE.test(' >> earlier text')).toBe(true);
    expect(QUOTED_LINE.test('>>> www.shop.example <<<')).toBe(false);
    expect(QUOTED_LINE.test('>>> "Shop" <a@b.example> 02/12/2026 16:05 >>>')).toBe(false);
    expect(QUOTED_LINE.test('>>> delivered at 16:05 as promised')).toBe(true);
  });

  it('reads header fields, alone, bold or collapsed onto one line', () => {
    expect(HEADER_FROM_LINE.test('*Von:* Shop <a@b.example>')).toBe(true);
    expect(INLINE_SECOND_FIELD.test('From: a@b.example Date: Thu, 24 Mar 2016')).toBe(true);
    expect(ORIGINAL_MESSAGE_WITH_HEADER.test('-------- Ursprüngliche Nachricht --------Von: a@b.example')).toBe(true);
  });

  it('reads a field whose full-width colon has no space after it, and an ASCII colon that runs into a word as none', () => {
    expect(HEADER_OTHER_LINE.test('送信日時：2026年12月4日 9:30')).toBe(true);
    expect(HEADER_OTHER_LINE.test('收件者：陳美玲 <mei@mail.example>')).toBe(true);
    expect(HEADER_OTHER_LINE.test('主　题：您的电子发票')).toBe(true);
    expect(HEADER_OTHER_LINE.test('To:do list for Friday')).toBe(false);
  });

  it('tells history markers from forward markers and rules', () => {
    expect(ORIGINAL_MESSAGE_LINE.test('-----Original Message-----')).toBe(true);
    expect(FORWARD_LINE.test('---------- Forwarded message ---------')).toBe(true);
    expect(ORIGINAL_MESSAGE_LINE.test('---------- Forwarded message ---------')).toBe(false);
    expect(RULE_LINE.test('  ====  ')).toBe(true);
  });
});
