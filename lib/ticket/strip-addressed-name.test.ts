import { describe, expect, it } from 'vitest';
import { withoutAddressedName } from '@/lib/ticket/strip-addressed-name';

describe('withoutAddressedName', () => {
  const quote = (greeting: string) => `Earlier reply\n\nOn Tue, the shop wrote:\n> ${greeting}\n> Your spare part is ready.\n`;

  it('cuts a name alone that the quoted mail greets', () => {
    const reply = 'I will pick it up on Friday.\n\nNadia';
    expect(withoutAddressedName(reply, `${reply}\n${quote('Hello Nadia,')}`)).toBe('I will pick it up on Friday.');
  });

  it('cuts a closing with the greeted name on one line, and reads a title before the name', () => {
    const reply = 'Friday is fine.\n\nCheers, Okafor';
    expect(withoutAddressedName(reply, quote('Dear Mr Okafor,'))).toBe('Friday is fine.');
  });

  it('matches a CJK name to the one its honorific greets', () => {
    const reply = '了解しました。\n\n高橋';
    expect(withoutAddressedName(reply, quote('高橋様'))).toBe('了解しました。');
  });

  it('matches a surname to the family and given name its honorific greets', () => {
    const reply = '交換品が届きました。\n\n佐藤';
    expect(withoutAddressedName(reply, quote('佐藤 健太 様'))).toBe('交換品が届きました。');
  });

  it('cuts a name the quoted mail opens on, then a comma ("Tereza, …"), not a closing there', () => {
    const reply = 'Víko sedí, díky.\n\nTereza';
    expect(withoutAddressedName(reply, quote('Tereza, náhradní víko jsme poslali.'))).toBe('Víko sedí, díky.');
    expect(withoutAddressedName(reply, quote('Petra, náhradní víko jsme poslali.'))).toBe(reply);
    const thanks = 'Víko sedí.\n\nThanks';
    expect(withoutAddressedName(thanks, quote('Thanks, we sent it.'))).toBe(thanks);
  });

  it('reads the name at the end of a long reply', () => {
    const body = 'The lamp flickers when the dimmer is low. '.repeat(80).trim();
    expect(withoutAddressedName(`${body}\n\nNadia`, quote('Hi Nadia,'))).toBe(body);
  });

  it('renders the whole text only when the reply ends with a name', () => {
    let rendered = 0;
    const render = () => {
      rendered++;
      return quote('Hi Nadia,');
    };
    expect(withoutAddressedName('No name at the end here.', render)).toBe('No name at the end here.');
    expect(rendered).toBe(0);
  });

  it('cuts a full name alone (a known given name and a surname) that no quote greets', () => {
    const reply = 'Kiedy przyjdzie zwrot pieniędzy?\nKatarzyna Wiśniewska';
    expect(withoutAddressedName(reply, `${reply}\n${quote('Dzień dobry,')}`)).toBe('Kiedy przyjdzie zwrot pieniędzy?');
    const cyrillic = 'Посылка пришла, спасибо.\n\nМария Иванова';
    expect(withoutAddressedName(cyrillic, cyrillic)).toBe('Посылка пришла, спасибо.');
  });

  it.each([
    ['the quote greets someone else', 'Please ship it to my neighbour.\n\nAnna Kowalska', quote('Hi Ben,')],
    ['the line above leads into it', 'Please send the parcel to:\nAnna Kowalska', quote('Dzień dobry,')],
    ['the given name is alone', 'Please ship it to my neighbour.\n\nAnna', quote('Dzień dobry,')],
  ])('keeps a name when %s', (_case, reply, whole) => {
    expect(withoutAddressedName(reply, whole)).toBe(reply);
  });

  it('cuts a dashed name ("— Priya", as HEY signs) that the quote greets, and keeps one it does not', () => {
    const reply = 'Could you send a brass clip?\n\n— Nadia';
    expect(withoutAddressedName(reply, `${reply}\n${quote('Hi Nadia! It ships today.')}`)).toBe('Could you send a brass clip?');
    expect(withoutAddressedName(reply, `${reply}\n${quote('Hi Karim!')}`)).toBe(reply);
    const hyphen = 'Having the function would be great.\n\n-Nadia Kowalska';
    expect(withoutAddressedName(hyphen, `${hyphen}\n${quote('Hi,')}`)).toBe(hyphen);
  });

  it.each([
    ['the quote greets someone else', 'Thanks!\n\nNadia', quote('Hi Karim,')],
    ['nothing greets anyone', 'Thanks!\n\nNadia', 'Thanks!\n\nNadia'],
    ["the only greeting is the reply's own", 'Hi Nadia,\nthanks!\n\nNadia', 'Hi Nadia,\nthanks!\n\nNadia'],
    ['the name is only an initial', 'Thanks!\n\nN.', quote('Hi N.,')],
    ['the name runs on from a sentence', 'Please send it to\nNadia', quote('Hi Nadia,')],
    ['the name is all there is', 'Nadia', quote('Hi Nadia,')],
  ])('keeps the name when %s', (_case, reply, whole) => {
    expect(withoutAddressedName(reply, whole)).toBe(reply);
  });

  it.each([
    ['Malay, a title before it', 'Baju sudah sampai.\n\nAisyah', 'Salam Cik Aisyah, baju anda telah dihantar.'],
    ['Indonesian, a title before it', 'Paketnya sudah sampai, terima kasih.\n\nSari', 'Halo Ibu Sari, paket Anda sudah dikirim.'],
    ['Vietnamese, a kinship title before it', 'Em đã nhận được hàng.\n\nLan', 'Chào chị Lan, đơn hàng đã được gửi.'],
    ['Hebrew, a script without capitals', 'החבילה הגיעה, תודה.\n\nדנה', 'שלום דנה, החבילה נשלחה היום.'],
    ['Hindi, vowel marks in the name', 'पैकेट मिल गया, धन्यवाद।\n\nअनीता शर्मा', 'नमस्ते अनीता जी, आपका पैकेट भेज दिया गया है।'],
    ['Thai, greeting, title and name unspaced', 'ได้รับของแล้วครับ\n\nสมชาย', 'สวัสดีครับคุณสมชาย ทางร้านส่งของให้แล้วครับ'],
  ])('cuts a name the quote greets in %s', (_case, reply, greeting) => {
    expect(withoutAddressedName(reply, `${reply}\n${quote(greeting)}`)).toBe(reply.slice(0, reply.lastIndexOf('\n\n')));
  });

  it.each([
    ['Thai: the quote greets someone else', 'ได้รับของแล้วครับ\n\nสมชาย', quote('สวัสดีครับคุณวิชัย')],
    ['Arabic: a word, not the name the quote greets', 'وصل الطلب.\n\nشكرا', quote('مرحبا سارة، تم شحن طلبك.')],
  ])('keeps a last line in a script without capitals when %s', (_case, reply, whole) => {
    expect(withoutAddressedName(reply, whole)).toBe(reply);
  });
});
