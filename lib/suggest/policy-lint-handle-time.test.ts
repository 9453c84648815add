import { describe, expect, it } from 'vitest';
import { amazonCodes as codes, amazonFlags } from '@/lib/testing/amazon-lint';

// Session 22 (lint20): session 21 left "@noon" read as a shop's social account; a courier slot writes a time of day or a
// day after the "@" as it writes "@10am".
describe('an "@" before a time of day or a day is no @handle', () => {
  it.each([
    'The engineer will call round @midday on Thursday; there is nothing to prepare.',
    'The collection is booked for Friday @midnight cut-off, so the parcel leaves this week.',
    'Die Abholung ist für @Freitag eingeplant, Sie müssen nichts weiter tun.',
    'Der Techniker kommt @Mittag vorbei, bitte halten Sie nur den Karton bereit.',
    'Le transporteur passera @demain matin ; vous n’avez rien à préparer.',
    'El repartidor pasará @mediodía del jueves; no necesita preparar nada.',
    '기사님이 @tomorrow 오전에 회수하러 방문하실 예정입니다.',
    '回収は @Friday の午前に伺う予定です。',
  ])('leaves %s alone', (text) => {
    expect(codes(text)).toEqual([]);
  });

  // A handle that only starts with such a word is still a shop's account.
  it.each([
    'For quicker answers, write to @today_deals and mention your order.',
    'Folgen Sie @morgenrot.kueche, dort antworten wir schneller.',
    'Écrivez-nous sur @midi_maison pour une réponse rapide.',
    'Escríbanos a @domingo_cocina y le contestamos enseguida.',
  ])('still flags the handle in %s', (text) => {
    expect(amazonFlags(text, 'phone_number')).toBe(true);
  });
});
