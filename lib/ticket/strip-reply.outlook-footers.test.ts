import { describe, expect, it } from 'vitest';
import { isSignatureStart } from '@/lib/ticket/signature-start';
import { stripReply } from '@/lib/ticket/strip-reply';

/**
 * The classes of blind set 11 (our own lines): Outlook for iOS and Android's "Get Outlook for …"
 * footer in the UI's language, Thai and Malay Outlook header labels, closings in the languages of
 * the set and their neighbours.
 */
const REPLY = 'Order 4410: the lamp arrived with a cracked shade.';
const HEADER = 'From: Shop <shop@example.test>\nSent: Friday, 4 December 2026 11:05\nTo: me@example.test\nSubject: Your order';

describe('stripReply: phone footers in the language of the app', () => {
  it.each([
    ['Thai', 'รับ Outlook สำหรับ Android'],
    ['Vietnamese', 'Tải Outlook cho iOS'],
    ['Greek', 'Λήψη του Outlook για Android'],
    ['Russian', 'Получить Outlook для iOS'],
    ['Ukrainian', 'Отримати Outlook для Android'],
    ['Czech', 'Získat Outlook pro iOS'],
    ['Slovak', 'Získať Outlook pre Android'],
    ['Romanian', 'Obțineți Outlook pentru iOS'],
    ['Indonesian and Malay', 'Dapatkan Outlook untuk Android'],
    ['Finnish', 'Hanki Outlook for iOS'],
    ['Danish', 'Hent Outlook til Android'],
    ['Norwegian', 'Få Outlook for iOS'],
    ['Polish', 'Pobierz aplikację Outlook dla systemu Android'],
    ['Arabic', 'احصل على Outlook لـ Android'],
    ['Danish, with the link a plain-text rendering adds', 'Hent Outlook til iOS<https://aka.ms/o0ukef>'],
  ])('cuts the %s footer and the header block under it', (_language, footer) => {
    expect(isSignatureStart(footer)).toBe(true);
    expect(stripReply(`${REPLY}\n\n${footer}\n________________________________\n${HEADER}\n\nThank you.`)).toBe(REPLY);
  });

  it.each([
    ['Ukrainian', 'Відправлено з мого iPhone'],
    ['Romanian, Yahoo Mail', 'Trimis din Yahoo Mail pe Android'],
  ])('cuts the %s phone footer', (_language, footer) => {
    expect(stripReply(`${REPLY}\n\n${footer}`)).toBe(REPLY);
  });

  it("keeps the sender's sentence that opens with the footer's words", () => {
    expect(isSignatureStart('Hent Outlook til Android virker ikke på min telefon, hvad gør jeg?')).toBe(false);
    expect(isSignatureStart('Получить Outlook для Android не получается')).toBe(false);
  });
});

describe('stripReply: Thai and Malay Outlook header labels', () => {
  it.each([
    ['Thai', 'จาก: Shop <shop@example.test>\nส่ง: 4 ธันวาคม 2569 11:05\nถึง: me@example.test\nสำเนา: team@example.test\nเรื่อง: คำสั่งซื้อ'],
    ['Malay', 'Daripada: Shop <shop@example.test>\nDihantar: 4 Disember 2026 11:05\nKepada: me@example.test\nPerkara: Pesanan'],
  ])('cuts a %s header block under the rule', (_language, header) => {
    expect(stripReply(`${REPLY}\n\n________________________________\n${header}\n\nThank you.`)).toBe(REPLY);
  });

  it('keeps Thai prose whose lines open with the labels without a colon', () => {
    const prose = 'จากที่แจ้งไว้ ยังไม่ได้รับของค่ะ\nถึงวันนี้ห้าวันแล้ว';
    expect(stripReply(prose)).toBe(prose);
  });
});

describe('stripReply: closings in the languages of blind set 11 and their neighbours', () => {
  it.each([
    ['Vietnamese, opened by a pronoun', 'Mình cảm ơn shop nhiều ạ,'],
    ['Vietnamese, asking politely', 'Xin cảm ơn anh chị,'],
    ['Vietnamese, warm', 'Thân mến,'],
    ['Thai, formal', 'ขอแสดงความนับถือ'],
    ['Thai, thanks a lot', 'ขอบคุณมากค่ะ'],
    ['Russian', 'Заранее благодарю,'],
    ['Ukrainian', 'Щиро дякую,'],
    ['Czech', 'S přátelským pozdravem'],
    ['Greek', 'Με φιλικούς χαιρετισμούς,'],
    ['Hungarian', 'Előre is köszönöm,'],
    ['Romanian', 'Vă mulțumesc anticipat,'],
    ['Indonesian', 'Terima kasih atas bantuannya,'],
    ['Finnish', 'Kiitos jo etukäteen,'],
    ['Danish', 'Mange tak på forhånd'],
    ['Arabic', 'مع أطيب التحيات،'],
  ])('drops the %s closing and the name under it', (_language, closing) => {
    expect(stripReply(`${REPLY}\n\n${closing}\nAlex`)).toBe(REPLY);
  });

  it('keeps a thanks that opens a sentence, and a message that only thanks', () => {
    const sentence = 'Em cảm ơn shop đã đổi hàng, nhưng cái mới cũng lỗi. Em gửi lại được không ạ?';
    expect(stripReply(`${sentence}\n\nEm cảm ơn,\nNgọc`)).toBe(sentence);
    expect(stripReply('Cảm ơn shop nhiều!')).toBe('Cảm ơn shop nhiều!');
    expect(stripReply('Mange tak på forhånd,\nmen pakken er stadig ikke kommet. Hvornår sender I den?')).toBe(
      'Mange tak på forhånd,\nmen pakken er stadig ikke kommet. Hvornår sender I den?',
    );
  });
});
