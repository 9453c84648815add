import { describe, expect, it } from 'vitest';
import '@/lib/sites/reader-words-data';
import { isHistoryStart, opensHistoryLine } from '@/lib/ticket/history-start';

const starts = (lines: string[], i: number, hasVisibleText = true) => isHistoryStart(lines, i, hasVisibleText);

describe('isHistoryStart: each rule, and the line alone (opensHistoryLine)', () => {
  it('"-----Original Message-----" starts history even on top of everything', () => {
    expect(starts(['-----Original Message-----', 'Hi'], 0, false)).toBe(true);
    expect(starts(['*-----Ursprüngliche Nachricht-----*'], 0, false)).toBe(true);
  });

  it('a rule starts history only above a header', () => {
    expect(starts(['Thanks', '________________________________', 'From: Shop <a@b.example>'], 1)).toBe(true);
    expect(
      starts(
        ['Part one', '________________________________', 'Part two', 'and more', 'and more', 'and more', 'and more', 'and more', 'x'],
        1,
      ),
    ).toBe(false);
  });

  it("a marketplace's heading and a header block start history below the sender's text only", () => {
    const block = ['Thanks', 'From: Shop <a@b.example>', 'Sent: Monday, 2 Nov 2026', 'To: Jane', 'Subject: Re: order'];
    expect([starts(block, 1), starts(block, 1, false)]).toEqual([true, false]);
    expect(starts(['Thanks', 'Your previous message:'], 1)).toBe(true);
  });

  it('a line no rule opens starts nothing, and the line alone says so', () => {
    expect(starts(['Thanks', 'The lid is cracked.'], 1)).toBe(false);
    expect(['The lid is cracked.', '-----Original Message-----', '____', 'From: a@b.example'].map(opensHistoryLine)).toEqual([
      false,
      true,
      true,
      true,
    ]);
  });
});
