import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';

const called = (text: string) => findCalls(text).length > 0;

// Session 17 (lint15): in Korean and Japanese a call asked in a request joined to the next clause is asked, and a
// negation in that next clause does not reach back to it.
describe('a call asked in a request joined to a later negation', () => {
  it.each([
    '전화 주시고, 사진은 보내실 필요 없습니다.',
    '전화 주시고 사진은 보내실 필요 없습니다.',
    '매장으로 전화 한 통 주시고 제품은 보내실 필요 없습니다.',
    '저희에게 전화해 주시고 사진은 필요 없습니다.',
    'お電話いただき、写真は不要です。',
    'お電話いただき写真の送付は不要です。',
    '恐れ入りますが、お電話をいただいて、状況をお聞かせください。',
  ])('calls: %s', (text) => {
    expect(called(text)).toBe(true);
  });

  it.each([
    '전화 주셔서 감사합니다. 사진은 필요 없습니다.',
    '어제 전화 주시고 말씀하신 대로 환불해 드렸습니다.',
    '전화 주실 필요는 없고, 이 메시지에 답장해 주세요.',
    'お電話いただき、ありがとうございました。写真は不要です。',
    'お電話いただきありがとうございます。',
    '先日お電話いただき、ご注文の件を確認いたしました。',
  ])('is no ask to call: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});
