import { describe, expect, it } from 'vitest';
import { nameWithoutExtras } from './name-extras';
import { person } from './people';

describe('a name without what its row writes beside it', () => {
  it('leaves out the date and time sharing the author row, in the supported languages', () => {
    expect(nameWithoutExtras('Camille Duret 27 nov., 19:12')).toBe('Camille Duret');
    expect(nameWithoutExtras('Camille Duret 09:58')).toBe('Camille Duret');
    expect(nameWithoutExtras('Jane Doe · 9:14 AM')).toBe('Jane Doe');
    expect(nameWithoutExtras('Jane Doe Nov 18, 2026 at 9:14 am')).toBe('Jane Doe');
    expect(nameWithoutExtras('Lukas Bauer 3. Dezember um 14:05')).toBe('Lukas Bauer');
    expect(nameWithoutExtras('Lucía Gómez 4 dic. 2026, 10:18')).toBe('Lucía Gómez');
    expect(nameWithoutExtras('Daan de Vries 04-12-2026 10:18')).toBe('Daan de Vries');
    expect(nameWithoutExtras('Marco Rossi ieri 9:14')).toBe('Marco Rossi');
    expect(nameWithoutExtras('박지훈 12월 5일 오후 3:14')).toBe('박지훈');
    expect(nameWithoutExtras('岡田 美咲 12月5日 9:14')).toBe('岡田 美咲');
  });

  it('leaves out a phone number or a handle: an identity of its own, not part of the name', () => {
    expect(nameWithoutExtras('Luana Ribeiro +55 21 98832-4407')).toBe('Luana Ribeiro');
    expect(nameWithoutExtras('Tom Baker (+44) 7700 900123')).toBe('Tom Baker');
    expect(nameWithoutExtras('Tom Baker (07700 900123)')).toBe('Tom Baker');
    expect(nameWithoutExtras('Ana Lima @ana.lima')).toBe('Ana Lima');
  });

  it('keeps names that only look like it, and a contact known only by a number', () => {
    expect(nameWithoutExtras('Agent 47')).toBe('Agent 47');
    expect(nameWithoutExtras('Support Team 2')).toBe('Support Team 2');
    expect(nameWithoutExtras('Marie-Anne Martin')).toBe('Marie-Anne Martin');
    expect(nameWithoutExtras('Juno May')).toBe('Juno May');
    expect(nameWithoutExtras('+55 21 98832-4407')).toBe('+55 21 98832-4407');
    expect(nameWithoutExtras('Order 3518820447')).toBe('Order 3518820447');
  });

  it('is applied to every person a reader makes', () => {
    expect(person('Luana Ribeiro +55 21 98832-4407', undefined)).toEqual({ name: 'Luana Ribeiro' });
  });
});
