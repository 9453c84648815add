import { describe, expect, it } from 'vitest';
import { readGenericMessage } from './generic-message';
import { ADDRESSEE_LABEL, headerRow } from './structural-header-row';
import { htmlPage } from './testing/fixture-page';

describe('headerRow', () => {
  it('reads the sender and the rest of a "From:" row in several languages', () => {
    expect(headerRow('De : nordwind-maison · 30 nov. 2026 16:40 Bonjour Claire')).toEqual({
      name: 'nordwind-maison',
      rest: '30 nov. 2026 16:40 Bonjour Claire',
    });
    expect(headerRow('Von: Jana Novak <jana@example.de> An: support@shop.example')).toEqual({
      name: 'Jana Novak',
      email: 'jana@example.de',
      rest: '',
    });
    expect(headerRow('From: Ryan Cole (212 ★) To: shop')).toMatchObject({ name: 'Ryan Cole' });
    expect(headerRow('差出人: 佐藤 由紀 · 2026/12/04')).toMatchObject({ name: '佐藤 由紀' });
    // Outlook's "Name [address]" (its light view, its plain-text quote headers).
    expect(headerRow('From: Ana Ruiz [ana.ruiz@example.com]')).toEqual({ name: 'Ana Ruiz', email: 'ana.ruiz@example.com', rest: '' });
  });

  it('reads only a row the block starts with: a "From:" further in, or plain text, is no header', () => {
    expect(headerRow('Hello, as I wrote before — From: me')).toBeNull();
    expect(headerRow('Denise wrote to us')).toBeNull();
    expect(headerRow('From:   ')).toBeNull();
  });

  it("leaves an expanded mail header's recipient line out of the message, in the supported languages", () => {
    for (const row of [
      '수신자: 나',
      '받는 사람: 나',
      '받는사람: 나',
      '宛先: 自分',
      'To: me',
      'Empfänger: ich',
      'À : moi',
      'Destinatario: yo',
      'Komu: mně',
      'Do: mnie',
      'Till: mig',
      'Til: meg',
    ])
      expect(ADDRESSEE_LABEL().exec(row)?.index).toBe(0);
    expect(ADDRESSEE_LABEL().exec('16:05 para: fernanda almeida')?.index).toBe(5);
    expect(ADDRESSEE_LABEL().test('Totally broken on arrival')).toBe(false);
    expect(ADDRESSEE_LABEL().test('Anyway: the lid is cracked')).toBe(false);
    const mail = (recipients: string) =>
      htmlPage(
        `<div id="m" class="message"><table><tr><td><h3><span class="sender" email="minji@example.kr">김민지</span></h3></td><td><span title="2026년 12월 5일 오전 9:41">오전 9:41</span></td></tr>` +
          `<tr><td colspan="2"><div>${recipients}</div></td></tr></table><div><div>상자가 찌그러져서 왔어요.<br>교환 가능할까요?</div></div></div>`,
        'https://mail.example/u/0',
      ).document.getElementById('m')!;
    for (const recipients of ['수신자: <span>나</span>', '宛先: 自分', 'to me', 'komu: <span>mně</span>', 'Till: <span>mig</span>'])
      expect(readGenericMessage(mail(recipients))!.text).toBe('상자가 찌그러져서 왔어요.\n교환 가능할까요?');
  });
});
