import { describe, expect, it } from 'vitest';
import { CLOSINGS, CLOSING_LINE } from '@/lib/ticket/reply-closing-line';

describe('CLOSING_LINE', () => {
  it.each([
    'Best regards,',
    'Mit freundlichen Grüßen / Best regards',
    'Cordialement/Kind regards.',
    'Em cảm ơn anh/chị,',
    'Cảm ơn anh/chị / Thanks',
    '  Saludos  ',
  ])('reads %j as a closing', (line) => expect(CLOSING_LINE.test(line)).toBe(true));

  it.each(['Thanks!! / Danke', 'Best regards / see the photo', 'Thanks for the refund / it came today', 'Anna / Berg', '/ Thanks'])(
    'does not read %j as one',
    (line) => expect(CLOSING_LINE.test(line)).toBe(false),
  );

  it('answers as the single pattern with the closings twice would, line by line', () => {
    // The pattern it replaces (slow to compile: once here, to compare).
    const twice = new RegExp(String.raw`^\s*${CLOSINGS}(?:\s?/\s?${CLOSINGS})?[\s,.!！。]{0,3}\S{0,2}\s*$`, 'iu');
    const halves = ['Best regards', ' Danke', 'Thanks!!', 'anh/chị', 'Cảm ơn anh', 'chị,', '  regards', 'see you', 'Grüße ', ''];
    for (const left of halves)
      for (const right of halves)
        for (const slash of ['/', ' / ', '  /  ']) {
          const line = `${left}${slash}${right}`;
          expect(CLOSING_LINE.test(line), line).toBe(twice.test(line));
        }
  });
});
