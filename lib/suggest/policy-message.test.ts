import { describe, expect, it } from 'vitest';
import { translator } from '@/lib/i18n/translator';
import { lintReply, POLICY_CODES } from '@/lib/suggest/policy-lint';
import { policyMessage, policyMessageEnglish } from '@/lib/suggest/policy-message';

describe('policy findings, worded', () => {
  const reply = '[Important] Thanks! Call us on 020 7946 0958 or write to help@northwind.example, and give us a call.';
  const violations = lintReply(reply, 'amazon-seller-central').violations;

  it('keeps a code and a reason per finding, no English sentence', () => {
    expect(violations.map((v) => [v.code, v.reason])).toEqual([
      ['important_tag_misuse', 'important_tag_misuse'],
      ['phone_number', 'contact_outside'],
      ['phone_number', 'phone_number'],
      ['email_address', 'email_address'],
      ['phone_number', 'contact_outside'],
    ]);
    for (const v of violations) expect(Object.keys(v).sort()).toEqual(['code', 'end', 'reason', 'start']);
  });

  it('says each in the agent’s language with the words found, and in English for the CLI', () => {
    const email = violations.find((v) => v.code === 'email_address')!;
    expect(policyMessageEnglish(email, reply)).toBe('Email address (help@northwind.example): keep the conversation in Amazon messages.');
    expect(policyMessage(email, reply, translator('ko').t)).toBe(
      '이메일 주소(help@northwind.example): 대화는 Amazon 메시지 안에서 이어 가십시오.',
    );
    const call = violations.find((v) => v.reason === 'contact_outside')!;
    expect(policyMessage(call, reply, translator('ja').t)).toBe('「Call us」は、Amazon の外で連絡するよう購入者に求めています。');
  });

  it('has a message for every code in every language, showing the words found (but for the tag, named in it)', () => {
    for (const locale of ['en', 'ko', 'de', 'fr', 'es', 'ja'] as const)
      for (const reason of [...POLICY_CODES, 'contact_outside'] as const)
        expect(translator(locale).t(`policy.reason.${reason}`, { text: '«found»' }), `${locale} ${reason}`).toContain(
          reason === 'important_tag_misuse' ? '[Important]' : '«found»',
        );
  });
});
