import { describe, expect, it } from 'vitest';
import {
  firstVisibleChar,
  isCodeFence,
  isForwardLine,
  isHistoryHeadingLine,
  isQuotedLine,
  mayBeHeaderField,
} from '@/lib/ticket/line-shortcuts';
import {
  CODE_FENCE,
  FORWARD_LINE,
  HEADER_FROM_LINE,
  HEADER_OTHER_LINE,
  HISTORY_HEADING_LINE,
  QUOTED_LINE,
  REPLY_ABOVE_LINE,
} from '@/lib/ticket/reply-patterns';

/** Our own lines: markers, their near misses, and white space inside and outside ASCII. */
const LINES = [
  '',
  '   ',
  '> quoted',
  '   > three spaces',
  '    > four spaces',
  '\t> tab',
  '\u00a0> no-break space',
  '>>> deep << ',
  '```',
  '  ```ts',
  '\u3000```',
  'text ``` inline',
  '---------- Forwarded message ---------',
  '  -- Forwarded message --',
  'Begin forwarded message:',
  'begin forwarded message:',
  '\u00a0Begin forwarded message:',
  'Your previous message',
  '  your previous message:',
  '##- Bitte geben Sie Ihre Antwort oberhalb dieser Zeile ein -##',
  '=== reply above this line ===',
  '-- Rispondi sopra questa riga',
  'Reply above this line, please?',
  'From: Lena Ortiz <lena@example.test>',
  '  *From:* Lena',
  'Von: Lena',
  'Sent: Monday',
  'Betreff: Paket',
  '差出人: 佐藤',
  'To：Lena',
  'Tel: 0123 456 789',
  'http://shop.example/help',
  'lena@example.test',
  'Dock 7, Harbour Lane',
];

describe('line shortcuts answer as their patterns do', () => {
  it('quoted lines and code fences', () => {
    for (const line of LINES) {
      expect(isQuotedLine(line), JSON.stringify(line)).toBe(QUOTED_LINE.test(line));
      expect(isCodeFence(line), JSON.stringify(line)).toBe(CODE_FENCE.test(line));
    }
  });

  it('forward markers and history headings', () => {
    for (const line of LINES) {
      expect(isForwardLine(line), JSON.stringify(line)).toBe(FORWARD_LINE.test(line));
      const either = HISTORY_HEADING_LINE.test(line) || REPLY_ABOVE_LINE.test(line);
      expect(isHistoryHeadingLine(line), JSON.stringify(line)).toBe(either);
    }
  });

  it('never turns away a header field', () => {
    for (const line of LINES)
      if (HEADER_FROM_LINE.test(line) || HEADER_OTHER_LINE.test(line)) expect(mayBeHeaderField(line), line).toBe(true);
    expect(mayBeHeaderField('Dock 7, Harbour Lane')).toBe(false);
  });

  it('reads the first visible character as trimStart does', () => {
    for (const line of LINES) expect(firstVisibleChar(line), JSON.stringify(line)).toBe(line.trimStart().charAt(0));
  });
});

describe('isForwardLine with the sender named in the marker', () => {
  it("takes mutt's and Horde's '----- Forwarded message from … -----'", () => {
    expect(isForwardLine('----- Forwarded message from Ada Shop <ada@shop.example> -----')).toBe(true);
    expect(isForwardLine('-----Forwarded message from noreply@carrier.example-----')).toBe(true);
  });

  it('leaves a dashed line of prose that only mentions a forward', () => {
    expect(isForwardLine('-- Forwarded message from my boss, see below')).toBe(false);
  });
});
