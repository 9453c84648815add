import { describe, expect, it } from 'vitest';
import { classifyIntent } from '@/lib/suggest/classify';
import { reading } from '@/lib/suggest/testing/sure-reading';
import { readAsTold } from '@/lib/suggest/told-situation';

/** Session 18: someone writing for a parent asks to be answered themselves: contact_request (LABELS.md's proxy row). */
describe('readAsTold: answer me, not the person I write for', () => {
  it.each([
    'Please reply to me at this address, not to my father.',
    'Bitte melden Sie sich bei mir, meine Mutter liest keine E-Mails.',
    'Merci de me répondre à moi sur cette adresse.',
    'Por favor, respondedme a mí a este correo.',
    '연락은 저한테 주세요.',
    'ご連絡は私のこのアドレスまでお願いいたします。',
  ])('%j, read as nothing, is contact_request', (clause) => {
    expect(readAsTold(clause, reading('other', 0.8), false)?.intent).toBe('contact_request');
  });

  it('leaves a sure reading of the clause it stands in alone', () => {
    expect(readAsTold('새 제품으로 교환 부탁드리고요, 연락은 저한테 주세요.', reading('exchange', 0.7), true)).toBeUndefined();
  });
});

describe('the shipped classifier (synthetic mail, written for session 18)', () => {
  it('finds the return and the contact asked by a daughter for her father', () => {
    const text =
      '父の代わりにご連絡しております。父が注文した加湿器を返品したいのですが、返送方法を教えていただけますか。ご連絡は私のこのアドレスまでお願いいたします。';
    const result = classifyIntent(text);
    expect(result.intent).toBe('return_request');
    expect(result.requests.map((r) => r.intent)).toEqual(['return_request', 'contact_request']);
  });
});
