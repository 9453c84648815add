import { describe, expect, it } from 'vitest';
import { findCalls } from '@/lib/suggest/policy-lint-call';

const called = (text: string) => findCalls(text).length > 0;

// Session 16: a negation reaches a call only in the call's own clause; a turn ("but") or a condition ends the clause.
describe('a negation in an earlier or a later clause than the call', () => {
  it.each([
    'We will not ask you to send it back but please call us so we can sort it out.',
    'You don’t have to return anything but do ring us on our workshop line.',
    'We won’t need the parcel back but our technician will ring you tomorrow.',
    'Sie müssen das Paket nicht zurückschicken aber rufen Sie uns bitte an.',
    'Vous n’avez rien à renvoyer mais appelez-nous demain.',
    'No hace falta devolver nada pero llámenos mañana.',
    'No le pediremos que lo devuelva sino que nos llame por teléfono.',
    '저희에게 전화 주시면 반품은 필요 없습니다.',
    '当店までお電話いただければ返品は不要です。',
  ])('still calls: %s', (text) => {
    expect(called(text)).toBe(true);
  });

  it.each([
    'There is no need to call us but do reply here if it still hums.',
    'Sie brauchen uns nicht anzurufen, aber antworten Sie gern hier.',
    'Vous n’avez pas besoin de nous appeler mais répondez simplement ici.',
    'No hace falta que nos llame pero respóndanos por aquí.',
    '전화 주실 필요는 없지만 이 메시지에 답장해 주세요.',
    'お電話は不要ですが、このメッセージにご返信ください。',
  ])('leaves a call negated in its own clause alone: %s', (text) => {
    expect(called(text)).toBe(false);
  });
});
