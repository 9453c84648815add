import { afterEach, describe, expect, it } from 'vitest';
import { htmlPage, type FixturePage } from '@/lib/sites/testing/fixture-page';
import { readStructurally } from './structural';
import { findSingleMail } from './structural-single-mail';

/** A webmail's basic view: the opened mail's header as a table of label/value cells, the body under it, its history quoted inside. */
const TABLE_VIEW = `<!doctype html><html lang="en"><head><title>Re: Lamp shade cracked - Webmail</title></head><body>
<header>Signed in as: Tom Becker (help@lumenshop.example) | <a href="#">Sign out</a></header>
<table class="layout"><tr><td class="folders"><a href="#">Inbox (4)</a><br><a href="#">Sent</a></td><td class="pane">
  <div class="actions"><a href="#">Reply</a> | <a href="#">Forward</a> | <a href="#">Delete</a></div>
  <table class="head">
    <tr><td colspan="2" class="title">Re: Lamp shade cracked</td></tr>
    <tr><td>From:</td><td>Ana Ruiz [ana.ruiz@example.com]</td></tr>
    <tr><td>Sent:</td><td>Fri, 4 Dec 2026 10:12</td></tr>
    <tr><td>To:</td><td>Lumen Shop Help</td></tr>
  </table>
  <div class="text">Hello Tom,<br><br>The new shade arrived cracked too. I would rather have my money back now.<br><br>Ana<br><br>
  -----Original Message-----<br>From: Lumen Shop Help &lt;help@lumenshop.example&gt;<br>Sent: Monday, November 30, 2026 9:00<br>Subject: Lamp shade cracked<br><br>We have sent you a new shade today.</div>
</td></tr></table></body></html>`;

/** A printed view in German: the header as lines of a block, the subject a heading above it. */
const PRINTED_VIEW = `<!doctype html><html lang="de"><body>
<h2>Rücksendung Bestellung 4411</h2>
<div class="kopf"><p><b>Von:</b> Jonas Weber &lt;jonas.weber@example.de&gt;</p><p><b>An:</b> service@shop.example</p></div>
<div class="inhalt"><p>Guten Tag,</p><p>ich möchte die Jacke aus Bestellung 4411 zurückschicken, sie ist zu klein. Wie bekomme ich ein Rücksendeetikett?</p>
<p>Am 28.11.2026 um 10:02 schrieb service@shop.example:</p><blockquote>Ihre Bestellung wurde versandt.</blockquote></div>
</body></html>`;

/**
 * A mail in its own window: the sender shown only by name, "Von: …" in its accessible name; the body
 * quotes our earlier answer under a header block of its own, whose "Von:" row names us.
 */
const LABELLED_SENDER = `<!doctype html><html lang="de"><body><main>
<h1>AW: Kaffeemühle mahlt nicht mehr fein</h1>
<section class="mail"><div class="top"><span class="who" aria-label="Von: Lena Vogt &lt;lena.vogt@example.de&gt;">Lena Vogt</span><span class="tag">Extern</span></div>
<div class="body"><p>Hallo zusammen,</p><p>auch nach dem Reinigen mahlt die Mühle nur grob. Bitte schicken Sie mir ein Rücksendeetikett.</p><p>Lena Vogt</p>
<div id="quoted-head"><b>Von:</b> Mahlwerk Service &lt;hilfe@mahlwerk.example&gt;<br><b>Gesendet:</b> Montag, 30. November 2026 11:00</div>
<div>Hallo Frau Vogt, bitte reinigen Sie das Mahlwerk einmal gründlich mit der beiliegenden Bürste.</div>
<blockquote><p><b>Von:</b> Mahlwerk Service &lt;hilfe@mahlwerk.example&gt;</p><p>Wir haben Ihre Anfrage erhalten und melden uns in Kürze bei Ihnen.</p></blockquote></div>
</section></main></body></html>`;

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe('one opened mail shown whole', () => {
  it('is a conversation: its sender, subject and text, the quoted history kept in the text', () => {
    page = htmlPage(TABLE_VIEW, 'https://mail.example.net/basic/?item=1');
    const thread = readStructurally(page.document, page.url, { site: 'outlook' });
    expect(thread?.subject).toBe('Re: Lamp shade cracked');
    expect(thread?.customer).toEqual({ name: 'Ana Ruiz', email: 'ana.ruiz@example.com' });
    expect(thread?.messages).toHaveLength(1);
    const [mail] = thread!.messages;
    expect(mail).toMatchObject({ role: 'customer', author: { name: 'Ana Ruiz', email: 'ana.ruiz@example.com' } });
    expect(mail!.text).toMatch(/^Hello Tom,\n\nThe new shade arrived cracked too/);
    expect(mail!.text).toContain('-----Original Message-----');
  });

  it('reads a header written as lines, in another language, under a heading', () => {
    page = htmlPage(PRINTED_VIEW, 'https://shop.example/print/4411');
    const thread = readStructurally(page.document, page.url, { site: 'outlook' });
    expect(thread?.customer).toEqual({ name: 'Jonas Weber', email: 'jonas.weber@example.de' });
    expect(thread?.messages.map((m) => m.role)).toEqual(['customer']);
    expect(thread!.messages[0]!.text).toMatch(/^Guten Tag,\n\nich möchte die Jacke/);
  });

  it('takes its sender from a "From:" accessible name, never from a header quoted in its body', () => {
    page = htmlPage(LABELLED_SENDER, 'https://mail.example.net/popout/7');
    const thread = readStructurally(page.document, page.url, { site: 'outlook' });
    expect(thread?.customer).toEqual({ name: 'Lena Vogt', email: 'lena.vogt@example.de' });
    expect(thread?.messages.map((m) => m.role)).toEqual(['customer']);
    expect(thread!.messages[0]!.text).toMatch(/^Hallo zusammen,\n\nauch nach dem Reinigen/);
  });

  it("is not a header quoted in a mail body (a blockquote, Outlook's reply header block)", () => {
    const quotedOnly = (quote: string) =>
      `<!doctype html><body><div class="body"><p>Hallo, die Mühle ist heute wieder defekt angekommen.</p>${quote}</div></body>`;
    for (const quote of [
      '<blockquote><p><b>Von:</b> Mahlwerk Service</p><p>Wir haben Ihre Anfrage erhalten und melden uns in Kürze bei Ihnen.</p></blockquote>',
      '<div id="divRplyFwdMsg"><p><b>Von:</b> Mahlwerk Service</p><p>Wir haben Ihre Anfrage erhalten und melden uns in Kürze bei Ihnen.</p></div>',
    ]) {
      page = htmlPage(quotedOnly(quote), 'https://mail.example.net/popout/8');
      expect(findSingleMail(page.document)).toBeNull();
      void page.window.happyDOM.close();
    }
    page = undefined;
  });

  it('is the signed-in account’s own when it sent it', () => {
    page = htmlPage(
      TABLE_VIEW.replace('Ana Ruiz [ana.ruiz@example.com]', 'Tom Becker [help@lumenshop.example]'),
      'https://mail.example.net/basic/?item=2',
    );
    const thread = readStructurally(page.document, page.url, { site: 'outlook' });
    expect(thread?.messages.map((m) => m.role)).toEqual(['agent']);
  });

  it('is not a long paragraph that starts with "From:", nor a header with nothing under it', () => {
    page = htmlPage(
      `<!doctype html><body><p>From: our founder, a note on why we make lamps by hand in a small workshop and ship them in paper, not plastic, since 2011.</p>
       <table><tr><td>From:</td><td>Ana Ruiz</td></tr><tr><td>Sent:</td><td>Fri, 4 Dec 2026 10:12</td></tr></table></body>`,
      'https://shop.example/about',
    );
    expect(findSingleMail(page.document)).toBeNull();
  });
});
