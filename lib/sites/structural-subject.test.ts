import { describe, expect, it } from 'vitest';
import { findSubject } from './structural-subject';
import { htmlPage } from './testing/fixture-page';

/** The subject of a small page whose first message is `#first`. */
const found = (body: string, title = 'Inbox – Desk', url = 'https://desk.example/c/1') => {
  const { document } = htmlPage(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`, url);
  return findSubject(document, document.getElementById('first')!);
};
const subjectOf = (body: string, title?: string, url?: string) => found(body, title, url).text;
const thread =
  '<div class="log"><div id="first" class="msg"><b class="from">Ana</b><p>Hello</p></div><div class="msg"><b class="from">Shop</b><p>Hi</p></div></div>';

describe('findSubject on pages it was not written against', () => {
  it("leaves a heading's buttons, tooltips and hidden parts out of the subject", () => {
    const header =
      '<div class="full-subject"><span role="heading" aria-level="2">RE: Order 20931 – broken glass</span><div role="tooltip" hidden>Summary by Copilot</div><button>Summarise</button></div>';
    expect(subjectOf(`<main>${header}${thread}</main>`)).toBe('RE: Order 20931 – broken glass');
    expect(subjectOf(`<main><h2>Order 20931 <button>✎ Edit</button></h2>${thread}</main>`)).toBe('Order 20931');
  });

  it("leaves the ticket number an element named for the subject shows before it (a table-layout helpdesk's heading)", () => {
    const header = '<div class="case-subject"><strong class="case-no">#55120</strong> Lieferung beschädigt angekommen</div>';
    expect(subjectOf(`<main>${header}${thread}</main>`)).toBe('Lieferung beschädigt angekommen');
  });

  it('reads an input named for the subject as the subject field', () => {
    const header =
      '<h2>Ticket</h2><input data-test-id="ticket-header-subject" value="Commande 7702 : housse abîmée"><span class="tag">e-mail</span>';
    expect(subjectOf(`<main>${header}${thread}</main>`)).toBe('Commande 7702 : housse abîmée');
    expect(subjectOf(`<main><h2>Ticket</h2><input class="subject-input" value="Lieferung fehlt"><div>${thread}</div></main>`)).toBe(
      'Lieferung fehlt',
    );
  });

  it("never takes a subject from a list's column (an inbox beside the conversation)", () => {
    const inbox =
      '<section><div class="row"><span class="row-subject">Shipping to the UK?</span></div><div class="row"><span class="row-subject">Gift wrapping</span></div></section>';
    expect(subjectOf(`${inbox}<main><h1 class="conv-subject">Gift wrapping</h1>${thread}</main>`)).toBe('Gift wrapping');
    expect(subjectOf(`${inbox}<main><h1>Gift wrapping for order KH-2284</h1>${thread}</main>`)).toBe('Gift wrapping for order KH-2284');
  });

  it('skips headings that name a part of the page, in the supported languages', () => {
    for (const section of ['Case log', 'ケースログ', 'Verlauf', 'Mensajes', '메시지', 'Messages', 'Contact', 'Contato', 'Kontakt'])
      expect(subjectOf(`<main><h1>A-to-z claim: item not received</h1><section><h2>${section}</h2>${thread}</section></main>`)).toBe(
        'A-to-z claim: item not received',
      );
  });

  it("takes a title led by the mail app's name whole after it, dashes and all (a printable view has no heading)", () => {
    expect(subjectOf(`<main>${thread}</main>`, 'Outlook - Kettle 4410 – lid does not close')).toBe('Kettle 4410 – lid does not close');
    expect(subjectOf(`<main>${thread}</main>`, 'Kettle 4410 – lid does not close - Gmail')).toBe('Kettle 4410 – lid does not close');
  });

  it("takes the first message's own subject line before a heading that may name the person", () => {
    const cards =
      '<div class="cards"><div id="first" class="card"><span class="from">Buyer</span><div class="card-subject">Question about order 406-77</div><p>The colour is wrong.</p></div><div class="card"><span class="from">You</span><p>Sorry!</p></div></div>';
    expect(subjectOf(`<main><h1 class="buyer">Mª José Gutiérrez Ramos</h1>${cards}</main>`)).toBe('Question about order 406-77');
  });

  it("takes the page's top bar when the page's title repeats it, and nothing else from the top bar", () => {
    const bar = '<header><a href="/">‹ Back</a><h1>Return: jumper too small</h1></header>';
    const title = 'Return: jumper too small (#5610) - Bergfeld Knit - Help Scout';
    // As sure as a heading (the title alone is a guess a pane's header would override).
    expect(
      found(`${bar}<main><div class="status"><span>Active</span></div>${thread}</main>`, title, 'https://secure.helpscout.net/c/5610'),
    ).toEqual({
      text: 'Return: jumper too small',
      score: 0.8,
    });
    expect(found(`<header><h1>Bergfeld Knit</h1></header><main>${thread}</main>`, title, 'https://secure.helpscout.net/c/5610').score).toBe(
      0.4,
    );
    // The app's name in the top bar is not the subject: the title's is.
    expect(subjectOf(`<header><h1>Bergfeld Knit</h1></header><main>${thread}</main>`, 'Where is my parcel? - Bergfeld Knit')).toBe(
      'Where is my parcel?',
    );
  });

  it("takes an item card's title link over a heading marked as the member, not over a heading the page calls the title", () => {
    const card = '<div class="listing"><a class="listing__title" href="/itm/5531">Walnut serving board, 40 cm</a><span>EUR 38</span></div>';
    expect(subjectOf(`<main><h2 class="thread__user">birk.nielsen_9</h2>${card}${thread}</main>`)).toBe('Walnut serving board, 40 cm');
    expect(subjectOf(`<main><h2 class="thread__title">birk.nielsen_9</h2>${card}${thread}</main>`)).toBe('birk.nielsen_9');
    // A list of other conversations' items beside the thread names none of them.
    const list = '<ul><li><a class="row-title" href="/itm/77">Oak bowl</a></li></ul>';
    expect(subjectOf(`<main>${list}<h2 class="thread__user">birk.nielsen_9</h2>${thread}</main>`)).toBe('birk.nielsen_9');
  });

  it('takes a topic chip for the subject, without its field label, over a heading naming the customer', () => {
    const chip = '<div class="ticket-bar"><span class="TopicTag-q9">Assunto: Troca de tamanho</span></div>';
    expect(subjectOf(`<main><h2>Inês Rocha</h2>${chip}${thread}</main>`)).toBe('Troca de tamanho');
  });

  it("takes the first link of a card named for the product when the heading names the member, whatever the link's class", () => {
    const card =
      '<div class="buyer-product-card"><a href="https://shop.example/p/8812">Linen apron, rust</a> <a href="/orders/8812">See order</a></div>';
    const member = '<h3 class="chat__partner">ottilie_k <span>(38)</span></h3>';
    expect(subjectOf(`<main>${member}${card}${thread}</main>`)).toBe('Linen apron, rust');
    // Without a member heading, the heading is the subject; a card named for nothing is not an item.
    expect(subjectOf(`<main><h3>Apron arrived torn</h3>${card}${thread}</main>`)).toBe('Apron arrived torn');
    expect(subjectOf(`<main>${member}${card.replace('buyer-product-card', 'buyer-box')}${thread}</main>`)).toBe('ottilie_k (38)');
  });

  it("takes an item card's title link when nothing above the chat is a heading (the member's name is a plain span)", () => {
    const top =
      '<div class="pane-top"><span class="who">ottilie_k</span><div class="thing"><a class="thing-title" href="https://shop.example/p/8812">Linen apron, rust</a></div></div>';
    expect(subjectOf(`<main>${top}${thread}</main>`, 'Messages | Shop')).toBe('Linen apron, rust');
    // A title link inside a list row beside the chat is another conversation's.
    expect(subjectOf(`<main><ul><li>${top}</li></ul>${thread}</main>`, 'Apron – Shop')).toBe('Apron');
  });
});
