import { describe, expect, it } from 'vitest';
import { leadingText } from './generic-blocks';
import { leadName } from './structural-lead-name';
import { htmlPage } from './testing/fixture-page';

const block = (html: string) =>
  htmlPage(`<!doctype html><body><article id="b">${html}</article></body>`, 'https://desk.example/').document.getElementById('b')!;
const lead = (html: string) => {
  const element = block(html);
  return leadName(element, leadingText(element));
};

describe('leadName', () => {
  it('reads the bold name that opens the header line', () => {
    expect(lead('\n  <header><b>Andrés Molina</b> replied <span>10 minutes ago</span></header><div><p>Hola Lucía</p></div>')).toBe(
      'Andrés Molina',
    );
    expect(lead('<div><strong>Paul</strong> · 2 days ago</div><p>Thanks for the quick reply.</p>')).toBe('Paul');
  });

  it('takes no bold words inside the message, nor a bold line that is a sentence', () => {
    expect(lead('<header>Reply from the team</header><div><b>Important</b> read this</div>')).toBeUndefined();
    expect(lead('<header>Note: <b>Andrés Molina</b> called</header>')).toBeUndefined();
    expect(lead('<header><b>Please read this first.</b></header><p>Text</p>')).toBeUndefined();
  });

  it("reads the name opening a block's own dated header row, not initials, a label or an undated row", () => {
    const dated = (first: string) =>
      `<header>${first} <time datetime="2026-11-30T09:12:00Z">30 Nov</time></header><div><p>Thanks</p></div>`;
    expect(lead(dated('<a href="/users/4">Wiebke Storm</a>'))).toBe('Wiebke Storm');
    expect(lead(dated('<span>petra_k77</span>'))).toBe('petra_k77');
    // Initials hidden from screen readers are an avatar: the name after them is read by the dated row's rule below.
    expect(lead(dated('<span aria-hidden="true">WS</span><span>Wiebke Storm</span>'))).toBe('Wiebke Storm');
    expect(lead(dated('<span>Status updated by the system today</span>'))).toBeUndefined();
    expect(lead('<header><span>Wiebke Storm</span> wrote</header><div><p>Thanks</p></div>')).toBeUndefined();
  });

  it('reads the name in the row that holds the time, whatever the elements are called', () => {
    const row = (name: string, after = '') =>
      `<div><div><div><span>${name}</span>${after}</div><span><time datetime="2026-11-30T09:12:00Z">9:12am</time></span></div></div><div><p>The parcel is late again.</p></div>`;
    expect(lead(row('Tomasz Wilk', ' <a href="mailto:tw@example.pl">tw@example.pl</a>'))).toBe('Tomasz Wilk');
    expect(lead(row('Ines Duarte', ' replied'))).toBe('Ines Duarte');
    // An avatar's initials shown before the name are passed over.
    expect(lead(row('Ines Duarte', ' replied').replace('<div><div>', '<div><div><span>ID</span>'))).toBe('Ines Duarte');
  });

  it('reads the name just before a time set right in the block', () => {
    const entry = (who: string) =>
      `<div><img alt="" src="data:,"><span>${who}</span> <span>via e-mail</span></div><time datetime="2026-11-30T09:40:00Z">30 Nov 10:40</time><div><p>The second cover is missing.</p></div>`;
    expect(lead(entry('Maren Holt'))).toBe('Maren Holt');
    expect(lead(`<p>Hello there, the parcel came.</p>${entry('Maren Holt')}`)).toBeUndefined();
  });

  it('reads the name after a time the row writes first, beside an empty icon slot, in a script without capitals', () => {
    const row = (name: string) =>
      `<div><div class="end"><i class="icon"></i><span><time>2026/11/30 09:12</time></span></div><span><b>${name}</b> <span>replied</span></span></div><div><p>The parcel is late again.</p></div>`;
    expect(lead(row('Tomasz Wilk'))).toBe('Tomasz Wilk');
    expect(lead(row('ليلى حداد'))).toBe('ليلى حداد');
    expect(lead(row('נועה לוי'))).toBe('נועה לוי');
    expect(lead(row('تم تحديث حالة الطلب اليوم'))).toBeUndefined();
  });

  it('reads a Korean sender of spaced words, one syllable each at least, in the row that holds the time', () => {
    const row = (name: string) => `<div><span>${name}</span><time>오후 3:12</time></div><div><p>안녕하세요, 무엇을 도와드릴까요?</p></div>`;
    expect(lead(row('한결 공방 봇'))).toBe('한결 공방 봇');
    expect(lead(row('박 서연'))).toBe('박 서연');
    expect(lead(row('주문 상태가 오늘 변경되었습니다'))).toBeUndefined();
    expect(lead(row('배송이 시작되었습니다.'))).toBeUndefined();
  });

  it('reads the name in the row whose tooltip dates the message', () => {
    const row =
      '<div><span>Joost Maas</span> <span>Internal note</span> <span title="2026-12-01 15:01">Dec 1, 4:01 PM</span></div><div><p>Out of stock.</p></div>';
    expect(lead(row)).toBe('Joost Maas');
  });

  it('takes no sentence from the dated row, and no row below the opening of the block', () => {
    expect(lead('<div><span>Your order has shipped.</span><time datetime="2026-11-30T09:12:00Z">9:12</time></div>')).toBeUndefined();
    expect(
      lead(
        '<p>Hello, a long opening line of the message itself.</p><div><span>Ines Duarte</span><time datetime="2026-11-30T09:12:00Z">9:12</time></div>',
      ),
    ).toBeUndefined();
  });
});
