import { describe, expect, it } from 'vitest';
import { findDatedEvent } from '@/lib/triage/event';
import { findPhrases, fold } from '@/lib/triage/phrases';

/** Tuesday 2026-11-24 12:00 UTC, written into each case (not the test clock): the bug report's day. */
const TUESDAY = new Date('2026-11-24T12:00:00Z');
/** Thursday 2026-11-26: "Saturday" is two days away. */
const THURSDAY = new Date('2026-11-26T12:00:00Z');

function eventIn(text: string, now: Date) {
  const folded = fold(text);
  return findDatedEvent(folded, findPhrases(folded, ['event', 'deadline']), now, 3);
}

describe('"today" with the date restated is when the customer writes, not an event', () => {
  it.each([
    ['ko', '안녕하세요. 오늘(11월 24일) 받은 생일 선물 상자가 찢어져 있었습니다. 교환 부탁드립니다.'],
    ['ko', '오늘(11월 24일) 기준으로 아직 배송이 안 됐습니다. 결혼식 선물인데요.'],
    ['en', 'Hi, today (Nov 24) I got the birthday gift and the box is torn. Please exchange it.'],
    ['en', 'Today, November 24th, the wedding present arrived broken.'],
    ['de', 'Hallo, heute (24. Nov.) kam das Geburtstagsgeschenk beschädigt an. Bitte um Ersatz.'],
    ['de', 'Heute, den 24.11., kam das Geschenk für die Hochzeit kaputt an.'],
    ['fr', "Aujourd'hui (24 nov.) j'ai reçu le cadeau d'anniversaire cassé."],
    ['es', 'Hoy (24 de noviembre) recibí el regalo de cumpleaños roto.'],
    ['ja', '今日（11月24日）届いた誕生日プレゼントが壊れていました。'],
  ])('%s: %s', (_lang, text) => {
    expect(eventIn(text, TUESDAY)).toBeNull();
  });

  it('"today" alone beside an event word narrates too', () => {
    expect(eventIn('오늘 생일 선물을 받았는데 깨져 있었어요.', TUESDAY)).toBeNull();
    expect(eventIn('The birthday gift came today, broken.', TUESDAY)).toBeNull();
  });
});

describe('dated events still found', () => {
  it.each([
    ['ko', '생일이 11월 26일이라 그 전에 받아야 합니다.', TUESDAY, { date: '2026-11-26', daysAway: 2 }],
    ['en', 'These are needed for my wedding on Saturday.', THURSDAY, { date: '2026-11-28', daysAway: 2 }],
    ['de', 'Ich brauche die Schuhe für die Hochzeit am 26.11.', TUESDAY, { date: '2026-11-26', daysAway: 2 }],
    ['ja', '11月26日の誕生日に必要です。', TUESDAY, { date: '2026-11-26', daysAway: 2 }],
  ])('%s: %s', (_lang, text, now, expected) => {
    expect(eventIn(text, now)).toEqual(expected);
  });

  it('"today" with a deadline word beside it is a deadline today', () => {
    expect(eventIn('오늘(11월 24일)까지 받아야 해요.', TUESDAY)).toEqual({ date: '2026-11-24', daysAway: 0 });
    expect(eventIn('I need it by today (Nov 24) for the party.', TUESDAY)).toEqual({ date: '2026-11-24', daysAway: 0 });
  });

  it('a date that is today but not written as "today" still counts with an event word', () => {
    expect(eventIn('The party is on Nov 24 and nothing has arrived.', TUESDAY)).toEqual({ date: '2026-11-24', daysAway: 0 });
  });
});
