import { describe, expect, it } from 'vitest';
import { findSubject } from './structural-subject';
import { titleText, withoutFieldLabel } from './subject-text';
import { htmlPage } from './testing/fixture-page';

const page = (body: string) =>
  htmlPage(`<!doctype html><html><head><title>Inbox – Desk</title></head><body>${body}</body></html>`, 'https://desk.example/c/1').document;
const thread =
  '<div class="log"><div id="first" class="msg"><b class="from">Ana</b><p>Hello</p></div><div class="msg"><b class="from">Shop</b><p>Hi</p></div></div>';
const subjectOf = (body: string) => {
  const doc = page(body);
  return findSubject(doc, doc.getElementById('first')!).text;
};

describe('a subject without what the page writes around it', () => {
  it('leaves the field label out, in the supported languages, and keeps "Re:"', () => {
    expect(withoutFieldLabel('Betreff: Artikel beschädigt angekommen')).toBe('Artikel beschädigt angekommen');
    expect(withoutFieldLabel('Objet : Colis abîmé')).toBe('Colis abîmé');
    expect(withoutFieldLabel('件名：配送について')).toBe('配送について');
    expect(withoutFieldLabel('제목: 배송 문의')).toBe('배송 문의');
    expect(withoutFieldLabel('Re: Subject line missing')).toBe('Re: Subject line missing');
    expect(withoutFieldLabel('Ämne: Fel storlek på jackan')).toBe('Fel storlek på jackan');
    expect(withoutFieldLabel('主旨：退貨申請')).toBe('退貨申請');
    expect(withoutFieldLabel('נושא: החבילה לא הגיעה')).toBe('החבילה לא הגיעה');
    expect(subjectOf(`<main><h2 class="subject">الموضوع: <span>الطلب لم يصل بعد</span></h2>${thread}</main>`)).toBe('الطلب لم يصل بعد');
    expect(withoutFieldLabel('Subjective review of the lamp')).toBe('Subjective review of the lamp');
    expect(subjectOf(`<main><div class="conversation-subject">Asunto: <span>Pedido 4410 sin llegar</span></div>${thread}</main>`)).toBe(
      'Pedido 4410 sin llegar',
    );
  });

  it('titles a bar by its heading: the icons, counters and status badges beside it are not its words', () => {
    const bar = (inner: string) => page(`<div id="bar">${inner}</div>`).getElementById('bar')!;
    expect(
      titleText(bar('<span title="Email">✉</span><h2>Lamp arrived without its base</h2><span role="button">2 tickets merged</span>')),
    ).toBe('Lamp arrived without its base');
    expect(titleText(bar('#4410 Parcel lost'))).toBe('#4410 Parcel lost');
    expect(titleText(bar('【お問い合わせ】新しいメッセージ'))).toBe('【お問い合わせ】新しいメッセージ');
    expect(
      subjectOf(
        `<main><div class="ticket-subject-bar"><i aria-hidden="true">★</i><h2>Wrong colour</h2><span class="badge">Merged</span></div>${thread}</main>`,
      ),
    ).toBe('Wrong colour');
  });

  it('titles a heading by the part whose tooltip repeats it in full: a chip beside it (a category) is not its words', () => {
    const heading = (inner: string) => page(`<div id="h" role="heading" aria-level="2">${inner}</div>`).getElementById('h')!;
    const stated = '<span title="Return label never arrived">Return label never arrived</span>';
    expect(titleText(heading(`${stated}<span title="Category">Wholesale</span>`))).toBe('Return label never arrived');
    expect(titleText(heading(`<i>★</i>${stated}<span class="pill">VIP</span>`))).toBe('Return label never arrived');
    // A tooltip on a small part ("Re:") states no subject: the heading's words stay whole.
    expect(titleText(heading('<span title="Re:">Re:</span> Return label never arrived'))).toBe('Re: Return label never arrived');
  });

  it('takes the item a thread is about, not a call to action or a section over the messages', () => {
    const item =
      '<section><img alt="" src="data:,"><h2><a href="https://shop.example/item/42">Oak chopping board, 40 cm</a></h2><div>£29</div></section>';
    const reason = '<section><h3>Reason for return</h3><div>Arrived damaged</div></section>';
    const actions = '<section><h3>What would you like to do?</h3><button>Refund</button><button>Reply</button></section>';
    expect(subjectOf(`<main><h1>Return details</h1>${item}${reason}${actions}<h3>Messages</h3>${thread}</main>`)).toBe(
      'Oak chopping board, 40 cm',
    );
    // A customer's subject may ask: a question over no buttons is the subject.
    expect(subjectOf(`<main><h2>Where is my order #1047?</h2><div class="labels"><span>Inbox</span></div>${thread}</main>`)).toBe(
      'Where is my order #1047?',
    );
    // One tool beside a subject (a "Summarise" button) offers no choice: the subject stays.
    expect(subjectOf(`<main><h2>Mixer still noisy</h2><button>Summarise</button>${thread}</main>`)).toBe('Mixer still noisy');
    // Without an item: a call to action is passed over for the heading before it.
    expect(subjectOf(`<main><h2>Parcel never arrived</h2>${actions}${thread}</main>`)).toBe('Parcel never arrived');
  });

  it('reads the part whose tooltip repeats it as the subject, not the chips beside it', () => {
    expect(
      subjectOf(
        `<main><h2><span title="Colis perdu vers Lyon">Colis perdu vers Lyon</span><span class="chip" title="Étiquette">VIP</span></h2>${thread}</main>`,
      ),
    ).toBe('Colis perdu vers Lyon');
    // A heading of one part, or parts without such a tooltip, reads whole.
    expect(subjectOf(`<main><h2><span title="Colis perdu">Colis perdu</span></h2>${thread}</main>`)).toBe('Colis perdu');
    expect(subjectOf(`<main><h2><b>Colis</b> perdu <i>vers Lyon</i></h2>${thread}</main>`)).toBe('Colis perdu vers Lyon');
  });

  it('takes a member heading\'s item title linked in-page (an app\'s router link, href="#") as the subject', () => {
    expect(
      subjectOf(
        `<main><h2 class="chat-partner">lena_k <span>(12)</span></h2><div class="listing"><a class="listing-title" href="#">Handgestrickter Wollschal, grau</a></div>${thread}</main>`,
      ),
    ).toBe('Handgestrickter Wollschal, grau');
  });
});
