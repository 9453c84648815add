import { describe, expect, it } from 'vitest';
import { replyBelowHistoryStart } from './reply-below-history';
import { stripReplyText } from './strip-reply-text';

const HEADERS = ['From: Lampenladen <shop@lampen.example>', 'Sent: 02.12.2026 09:00', 'To: kunde@mail.example', 'Subject: Versand'];

describe('replyBelowHistoryStart', () => {
  it('starts the reply at the last greeting alone below the header block that opens the mail', () => {
    const lines = [
      '-----Original Message-----',
      ...HEADERS,
      '',
      'Hi Paul,',
      '',
      'your lamp shipped.',
      '',
      'Hello,',
      '',
      'it arrived bent.',
    ];
    expect(replyBelowHistoryStart(lines, 0)).toBe(10);
  });

  it('starts right under the header block when no greeting stands alone below it (the sender’s text is kept)', () => {
    const lines = ['-----Original Message-----', ...HEADERS, '', 'Your lamp shipped.', '', 'It arrived bent.'];
    expect(replyBelowHistoryStart(lines, 0)).toBe(5);
  });

  it('is not asked of a separator without a header block under it, nor of a line that is no separator', () => {
    expect(replyBelowHistoryStart(['-----Original Message-----', 'Your lamp shipped.'], 0)).toBe(-1);
    expect(replyBelowHistoryStart(['Hello,', ...HEADERS], 0)).toBe(-1);
  });
});

describe('stripReplyText on a reply written below the quoted history that opens the mail', () => {
  it('keeps the new text under it, in other languages too, and cuts the sign-off', () => {
    const ru = [
      '-------- Исходное сообщение --------',
      'От: Чайная лавка <shop@chai.example>',
      'Кому: olga@mail.example',
      'Тема: Заказ отправлен',
      'Дата: 02.12.2026 09:00',
      '',
      'Здравствуйте, ваш заказ отправлен.',
      '',
      'Добрый день,',
      '',
      'чайник пришёл с трещиной. Можно заменить?',
      '',
      'С уважением,',
      'Ольга',
    ].join('\n');
    expect(stripReplyText(ru)).toBe('Добрый день,\n\nчайник пришёл с трещиной. Можно заменить?');
  });
});
