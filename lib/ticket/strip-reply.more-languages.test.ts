import { describe, expect, it } from 'vitest';
import { stripReply } from '@/lib/ticket/strip-reply';

/** Quote headers, Outlook labels and closings of the languages added for blind set 8's classes (our own lines). */
const REPLY = 'Order 7781: the blue scarf arrived without its box.';
const QUOTED = '> Thank you for your order.';

describe('stripReply: attributions in more languages', () => {
  it.each([
    ['Albanian', 'Më pre, 4 dhj 2026 në 11:05 Shop <shop@example.test> shkroi:'],
    ['Georgian', 'პარ, 4 დეკ. 2026, 11:05 Shop <shop@example.test> დაწერა:'],
    ['Swahili', 'Mnamo Ijumaa, 4 Des 2026 saa 11:05, Shop <shop@example.test> aliandika:'],
    ['Maltese', "Fil-Ġimgħa, 4 ta' Diċ 2026 fil-11:05, Shop <shop@example.test> kiteb:"],
    ['Bengali', 'শুক্র, ৪ ডিসে, ২০২৬ তারিখে ১১:০৫ এ Shop <shop@example.test> লিখেছেন:'],
    ['Tamil', 'வெள்., 4 டிச., 2026 அன்று 11:05 AM அன்று, Shop <shop@example.test> எழுதியது:'],
    ['Urdu', 'جمعہ، 4 دسمبر، 2026 کو 11:05 AM پر Shop <shop@example.test> نے لکھا:'],
    ['Marathi', 'शुक्र, ४ डिसें, २०२६ रोजी ११:०५ AM रोजी Shop <shop@example.test> यांनी लिहिले:'],
    ['Uzbek', 'Ju, 4-dek, 2026 11:05 Shop <shop@example.test> yozdi:'],
    ['Kyrgyz', 'Жм, 4-дек, 2026 11:05 Shop <shop@example.test> жазды:'],
    ['Armenian (its comma, not a colon)', 'Ուրբ, 4 դեկ, 2026 թ., 11:05 Shop <shop@example.test> գրել է՝'],
    ['Irish (the verb before the name)', 'Ar Aoine 4 Noll 2026 ag 11:05, scríobh Shop <shop@example.test>:'],
  ])('removes a %s attribution and the history below it', (_language, attribution) => {
    expect(stripReply(`${REPLY}\n\n${attribution}\n${QUOTED}`)).toBe(REPLY);
  });

  it('keeps Armenian prose whose line ends with the Armenian comma', () => {
    const prose = 'Ունեմ մեկ խնդրանք՝\nփոխեք գույնը կապույտի։';
    expect(stripReply(prose)).toBe(prose);
  });
});

describe('stripReply: Outlook header blocks in more languages', () => {
  it.each([
    ['Azerbaijani', 'Kimdən: Shop <shop@example.test>\nGöndərilib: 4 dekabr 2026 11:05\nKimə: Ayla\nMövzu: Sifariş'],
    ['Irish', 'Ó: Shop <shop@example.test>\nSeolta: Dé hAoine, Nollaig 4, 2026 11:05\nChuig: Séan\nÁbhar: Ordú'],
    ['Scottish Gaelic', 'Bho: Shop <shop@example.test>\nAir a chur: Dihaoine, 4 Dùbhlachd 2026 11:05\nGu: Màiri\nCuspair: Òrdugh'],
    ['Maltese', "Minn: Shop <shop@example.test>\nMibgħut: Il-Ġimgħa, 4 ta' Diċembru 2026 11:05\nLil: Ġorġ\nSuġġett: Ordni"],
    ['Kazakh', 'Кімнен: Shop <shop@example.test>\nЖіберілді: 4 желтоқсан 2026 11:05\nКімге: Асель\nТақырып: Тапсырыс'],
    ['Georgian', 'ვისგან: Shop <shop@example.test>\nგაგზავნილია: 4 დეკემბერი 2026 11:05\nვის: ნინო\nთემა: შეკვეთა'],
    ['Bengali', 'প্রেরক: Shop <shop@example.test>\nপাঠানো হয়েছে: ৪ ডিসেম্বর ২০২৬ ১১:০৫\nপ্রাপক: রিয়া\nবিষয়: অর্ডার'],
  ])('removes a %s header block and the mail below it', (_language, header) => {
    expect(stripReply(`${REPLY}\n\n${header}\n\nThank you for your order.`)).toBe(REPLY);
  });
});

describe('stripReply: closings in more languages', () => {
  it.each([
    ['Kazakh', 'Құрметпен,\nАсель'],
    ['Azerbaijani', 'Təşəkkür edirəm,\nAyla'],
    ['Albanian', 'Faleminderit shumë,\nEra'],
    ['Armenian', 'Հարգանքով,\nՍոնա'],
    ['Swahili', 'Asante sana,\nNeema'],
    ['Irish', 'Le meas,\nSéan'],
    ['Tamil', 'அன்புடன்,\nகவி'],
    ['Urdu', 'شکریہ،\nسارہ'],
  ])('drops a %s closing and the name under the reply', (_language, closing) => {
    expect(stripReply(`${REPLY}\n\n${closing}`)).toBe(REPLY);
  });
});

describe("stripReply: 'Salam,' closes an Indonesian or Malay mail, and greets at its top", () => {
  it('cuts "Salam," with the name under it above the quote', () => {
    expect(
      stripReply(
        'Selamat pagi,\n\nkipas angin yang saya terima tidak mau menyala. Bisa diganti?\n\nSalam,\nRina Wulandari\n\nPada Sel, 1 Des 2026 pukul 08.30, Toko Angin <cs@angin.example> menulis:\n> Pesanan Anda sudah dikirim.',
      ),
    ).toBe('Selamat pagi,\n\nkipas angin yang saya terima tidak mau menyala. Bisa diganti?');
    expect(stripReply(`Hai,\n\n${REPLY}\n\nSalam.\nNur Aisyah`)).toBe(`Hai,\n\n${REPLY}`);
  });

  it('keeps "Salam," that opens the mail', () => {
    expect(stripReply('Salam,\n\nBoleh saya tukar saiz baju ini?\n\n> Terima kasih atas pesanan anda.')).toBe(
      'Salam,\n\nBoleh saya tukar saiz baju ini?',
    );
  });
});

describe('stripReply: a note that passes the message below on (blind set 17)', () => {
  const block = (separator: string) =>
    `${separator}\nOd: Kurýr <info@kuryr.example>\nKomu: eva@mail.example\nDatum: 2. 12. 2026 9:00\nPředmět: Balík vrácen\n\nBalík byl vrácen.`;
  it.each([
    ['Czech', 'přeposílám vám e-mail od kurýra, balík se vrátil.', '---------- Původní e-mail ----------'],
    ['Russian', 'пересылаю вам письмо от курьера, посылка вернулась.', '-------- Исходное сообщение --------'],
    ['Ukrainian', 'пересилаю вам лист від кур’єра, посилка повернулася.', '-------- Оригінальне повідомлення --------'],
  ])('keeps the %s forward the note announces', (_language, note, separator) => {
    const text = `Dobrý den,\n\n${note}\n\n${block(separator)}`;
    expect(stripReply(text)).toBe(text);
  });

  it('cuts the same block under a note that announces nothing', () => {
    const text = `Dobrý den,\n\nbalík se vrátil, pošlete ho prosím znovu.\n\n${block('---------- Původní e-mail ----------')}`;
    expect(stripReply(text)).toBe('Dobrý den,\n\nbalík se vrátil, pošlete ho prosím znovu.');
  });
});
