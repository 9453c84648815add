import { describe, expect, it } from 'vitest';
import { greetsSomeoneElse, isFullName } from '@/lib/ticket/strip-full-name';

describe('isFullName', () => {
  it.each([
    'Katarzyna Wiśniewska',
    'Petr Novák',
    'Мария Иванова',
    'Ayşe Yılmaz',
    'Anna M. Berg',
    'Sofia Rossi-Bianchi',
    '  Lars Eriksson ',
  ])('reads %s as a given name and a surname', (line) => expect(isFullName(line)).toBe(true));

  it.each(['Alan', 'Thank You', 'Kind Regards', 'Calvin Smith', 'Anna berg', 'Anna Berg Olsen Lund', 'Anna Berg.'])(
    'does not read %s as one',
    (line) => expect(isFullName(line)).toBe(false),
  );
});

describe('greetsSomeoneElse', () => {
  const reply = 'Hi,\nthe parcel is late.\n\nAnna Berg';
  const replyLines = new Set(reply.split('\n').map((line) => line.trim()));
  const whole = (quote: string) => `${reply}\n\nOn Tue, the shop wrote:\n${quote}`;

  it.each([
    ['a greeting', '> Hi Ben,\n> it ships today.'],
    ['a name then a comma', '> Mark, your filter is on its way.'],
    ['a greeting in another language', '> Dzień dobry Pani Zofio, paczka wyszła.'],
  ])('finds %s to another name', (_case, quote) => {
    expect(greetsSomeoneElse(whole(quote), ['anna', 'berg'], replyLines)).toBe(true);
  });

  it.each([
    ['a greeting to the signed name', '> Hi Anna,\n> it ships today.'],
    ['a greeting with no name', '> Dobrý den, nové víko jsme odeslali.'],
    ['a closing then a comma', '> Thanks, we sent it.'],
    ['no quote at all', ''],
  ])('finds none in %s', (_case, quote) => {
    expect(greetsSomeoneElse(whole(quote), ['anna', 'berg'], replyLines)).toBe(false);
  });

  it("skips the reply's own greeting", () => {
    const own = 'Hi Ben,\nthe parcel is late.\n\nAnna Berg';
    expect(greetsSomeoneElse(own, ['anna', 'berg'], new Set(own.split('\n')))).toBe(false);
  });
});
