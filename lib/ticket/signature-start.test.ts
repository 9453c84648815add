import { describe, expect, it } from 'vitest';
import { literalTail } from '@/lib/ticket/regex-fragments';
import { fragmentsOf } from '@/lib/ticket/reply-words';
import { isMobileFooter, isSignatureStart } from '@/lib/ticket/signature-start';

describe('isMobileFooter', () => {
  it('finds footers that open with a word pattern, tried only where their fixed words are', () => {
    expect(isMobileFooter('Pixel from mobile')).toBe(true);
    expect(isMobileFooter('Redmi Note’umdan gönderildi')).toBe(true);
    expect(isMobileFooter('내 갤럭시에서 보냄')).toBe(true);
    expect(isMobileFooter('Xperiaから送信')).toBe(true);
  });

  it('still finds the footers that open with their words', () => {
    expect(isMobileFooter('Sent from my Fairphone')).toBe(true);
    expect(isMobileFooter('(Sent from my tablet)')).toBe(true);
    expect(isMobileFooter('<sent via the shop app')).toBe(true);
    expect(isMobileFooter('sent via the shop app')).toBe(false);
  });

  it('finds a word-pattern footer as short as a few characters, and no footer in a shorter line', () => {
    expect(isMobileFooter('Aから送信')).toBe(true);
    expect(isMobileFooter('ok')).toBe(false);
    expect(isMobileFooter('(<')).toBe(false);
  });

  it('does not take a line for a footer because it holds a footer word', () => {
    expect(isMobileFooter('The parcel was sent back from mobile depot 7 twice')).toBe(false);
    expect(isMobileFooter('Dock 4, 12 Harbour Road')).toBe(false);
  });
});

describe('isSignatureStart', () => {
  it('takes "--" and a short footer, not a sentence that starts like one', () => {
    expect(isSignatureStart('--')).toBe(true);
    expect(isSignatureStart('Sent from my Fairphone')).toBe(true);
    expect(isSignatureStart('Sent from my kitchen table, which has better light.')).toBe(false);
  });
});

describe('isSignatureStart with the name on the dash line', () => {
  it('takes "-- Name" as the delimiter and the signer in one line', () => {
    expect(isSignatureStart('-- Omar')).toBe(true);
    expect(isSignatureStart('--Lena Brandt')).toBe(true);
  });

  it("leaves a dash that goes on with the sender's words", () => {
    expect(isSignatureStart('-- and the lid was cracked too.')).toBe(false);
    expect(isSignatureStart('-- see the photo attached --')).toBe(false);
  });
});

describe('isMobileFooter in the languages of blind set 8 and their neighbours', () => {
  it('knows the phone and Outlook-app footers', () => {
    expect(isMobileFooter('Imetumwa kutoka kwa Tecno yangu')).toBe(true);
    expect(isMobileFooter('Faigh Outlook do Android')).toBe(true);
    expect(isMobileFooter('Anfonwyd o fy Pixel')).toBe(true);
    expect(isMobileFooter('Xiaomi-dən göndərildi')).toBe(true);
  });
});

describe('isMobileFooter for the webmail apps and phones of blind set 9 and their neighbours', () => {
  it('knows footers that name the device or app in several words', () => {
    expect(isMobileFooter('Pixel 9 Pro에서 보냄')).toBe(true);
    expect(isMobileFooter('AQUOS sense 8から送信')).toBe(true);
  });

  it("knows Proton's localized footers, NetEase's and QQ Mail's app footers, and iOS's Hebrew and Thai ones", () => {
    expect(isMobileFooter('Αποστολή με το ασφαλές e-mail του Proton Mail.')).toBe(true);
    expect(isMobileFooter('נשלח באמצעות הדואר המאובטח של Proton Mail')).toBe(true);
    expect(isMobileFooter('נשלח מה-iPad שלי')).toBe(true);
    expect(isMobileFooter('发自网易邮箱手机版')).toBe(true);
    expect(isMobileFooter('發自QQ郵箱')).toBe(true);
    expect(isMobileFooter('ส่งจาก iPad ของฉัน')).toBe(true);
    expect(isMobileFooter('Securely sent with Tutanota.')).toBe(true);
    expect(isMobileFooter('Proton Mail güvenli e-postası ile gönderildi.')).toBe(true);
    expect(isMobileFooter('Yahoo!メール for iPhoneから送信')).toBe(true);
    expect(isMobileFooter('네이버 메일 앱에서 보냄')).toBe(true);
  });

  it("leaves the customer's lines that open with the same words", () => {
    expect(isMobileFooter('Αποστολή με Γενική Ταχυδρομική στην Πάτρα')).toBe(false);
    expect(isMobileFooter('发自内心地感谢你们的帮助')).toBe(false);
    expect(isMobileFooter('נשלח אליי צבע אחר ממה שהזמנתי')).toBe(false);
  });
});

describe('the footer word list', () => {
  it('gives every footer that opens with a word pattern fixed words at its end to gate it', () => {
    // Ungated, "\S{1,20}…" backtracks at the start of every line of a mail (a 1 MB mail of short lines went 2.5x slower).
    const wordPatternFirst = fragmentsOf('mobileSignatures').filter((fragment) => /^(?:\(\?:)?\\S/.test(fragment));
    expect(wordPatternFirst.length).toBeGreaterThan(0);
    for (const fragment of wordPatternFirst) expect(literalTail(fragment).length, fragment).toBeGreaterThanOrEqual(3);
  });
});

describe('footers of the phones and webmails of blind set 10 and their neighbours', () => {
  it("knows Samsung's Korean footer in the formal past, naming the device", () => {
    expect(isSignatureStart('Galaxy Tab 태블릿에서 보냈습니다.')).toBe(true);
    expect(isSignatureStart('제 휴대폰에서 보냈습니다')).toBe(true);
  });

  it('leaves a Korean sentence that says where a parcel was sent from', () => {
    expect(isSignatureStart('상자는 지난주 대구 물류센터에서 보냈습니다.')).toBe(false);
  });

  it("knows the Malay, Tagalog and Vietnamese phone footers, the Malay one only when it ends with the sender's own device", () => {
    expect(isSignatureStart('Dihantar daripada Xiaomi saya')).toBe(true);
    expect(isSignatureStart('Ipinadala mula sa aking Pixel')).toBe(true);
    expect(isSignatureStart('Được gửi từ iPad của tôi')).toBe(true);
    expect(isSignatureStart('Dihantar dari gudang Shah Alam semalam')).toBe(false);
  });

  it("takes a webmail's trailer written as a sentence when it is the whole line, not the sender's sentence that opens alike", () => {
    expect(isSignatureStart('  This message was sent using IMP, the Internet Messaging Program.  ')).toBe(true);
    expect(isSignatureStart('This message was sent using IMP, the Internet Messaging Program. Please reply soon.')).toBe(false);
    expect(isSignatureStart('This message was sent using the form on your site, so answer by mail.')).toBe(false);
  });
});
