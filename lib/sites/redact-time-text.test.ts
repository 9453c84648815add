import { describe, expect, it } from 'vitest';
import { createRedactor } from '@/lib/sites/redact-snapshot';
import { redactTimeText } from '@/lib/sites/redact-time-text';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

/** A stand-in for the snapshot's word mapping: every word to Q's of its length. */
const qs = (value: string) => value.replace(/[\p{L}\p{M}\p{N}]+/gu, (word) => word.replace(/./gu, 'q'));

describe('redactTimeText', () => {
  it('redacts a short name beside a time with no date, in any script, and keeps the clock', () => {
    expect(redactTimeText('Ana 19:40', 'pt', qs)).toBe('qqq 19:40');
    expect(redactTimeText('Bo · 09:12', 'sv', qs)).toBe('qq · 09:12');
    expect(redactTimeText('李 10:05', 'zh', qs)).toBe('q 10:05');
  });

  it('keeps the words the time is read by: a relative day, a unit, a 12-hour mark, a month the parser reads', () => {
    expect(redactTimeText('Hier, 21 h 47 · Lou', 'fr', qs)).toBe('Hier, 21 h 47 · qqq');
    expect(redactTimeText('vor 2 Stunden', 'de', qs)).toBe('vor 2 Stunden');
    expect(redactTimeText('오후 3:14 김', 'ko', qs)).toBe('오후 3:14 q');
    expect(redactTimeText('Dec 1, 3:22 PM', 'en', qs)).toBe('Dec 1, 3:22 PM');
  });

  it('redacts a short name beside a dated time, and keeps the date', () => {
    expect(redactTimeText('Ana 30.11.2026 19:40', 'pt', qs)).toBe('qqq 30.11.2026 19:40');
  });
});

describe('a redacted snapshot of timestamps that name their sender', () => {
  it('loses a name of three letters or fewer in a time label with no date, in chat markup', () => {
    const page = htmlPage(
      '<ul class="chat"><li><small data-app-section="bubble-timestamp">Ana 19:40</small><p>Olá</p></li>' +
        '<li><time>Bo · 09:12</time><p>Hej</p></li><li><span class="sent-date">李 10:05</span><p>你好</p></li></ul>',
      'https://chat.example.org/',
    );
    const html = createRedactor(new Uint32Array([2, 7, 1, 8])).snapshot(page.document);
    expect(html).not.toMatch(/Ana|Bo ·|李/);
    expect(html).toMatch(/>[A-Z][a-z]{2} 19:40</);
    expect(html).toMatch(/>[A-Z][a-z] · 09:12</);
    expect(html).toMatch(/>\p{Script=Han} 10:05</u);
  });

  it('loses a short name beside a date in a row not named for time, and keeps the date', () => {
    const page = htmlPage('<div class="row"><div class="who">Ana 30.11.2026 19:40</div><div>Olá</div></div>', 'https://chat.example.org/');
    const html = createRedactor(new Uint32Array([2, 7, 1, 8])).snapshot(page.document);
    expect(html).not.toContain('Ana');
    expect(html).toMatch(/class="who">[A-Z][a-z]{2} 30\.11\.2026 19:40</);
  });
});
