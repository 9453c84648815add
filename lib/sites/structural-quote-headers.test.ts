import { describe, expect, it } from 'vitest';
import { buildTicket } from '@/lib/ticket/build-ticket';
import { readStructurally } from './structural';
import { isQuoteHeader } from './structural-quote-headers';
import { htmlPage } from './testing/fixture-page';

/** A quoted mail's header block as a mail client writes it in the body: bold labels, one row a line. */
const quoteHeader = (from: string, sent: string, to: string, subject: string) =>
  `<hr><div class="quote-head"><b>Von:</b> ${from}<br><b>Gesendet:</b> ${sent}<br><b>An:</b> ${to}<br><b>Betreff:</b> ${subject}</div>`;

const oneMail = (sender: string) =>
  htmlPage(
    `<body><main><h2>AW: Rahmen verbogen</h2><div class="mail-view">
      <div class="mail-head">${sender}<span class="when">Fr 04.12.2026 08:10</span></div>
      <div class="mail-text"><div>
        <p>Guten Morgen Frau Ilic,</p><p>danke, die Fotos vom verbogenen Rahmen habe ich eben hochgeladen. Bitte schicken Sie mir einen neuen Rahmen, kein Geld zurück.</p><p>Grüße<br>Anton Weiss</p>
        ${quoteHeader('Lena Ilic &lt;hilfe@radhaus.example&gt;', 'Donnerstag, 3. Dezember 2026 16:02', 'Anton Weiss &lt;anton.weiss@example.at&gt;', 'AW: Rahmen verbogen')}
        <div>Hallo Herr Weiss, können Sie uns bitte Fotos vom Rahmen schicken? Viele Grüße, Lena Ilic</div>
        ${quoteHeader('Anton Weiss &lt;anton.weiss@example.at&gt;', 'Mittwoch, 2. Dezember 2026 19:40', 'Radhaus Hilfe &lt;hilfe@radhaus.example&gt;', 'Rahmen verbogen')}
        <div>Hallo, der Rahmen kam verbogen an. Was nun? Anton</div>
      </div></div>
    </div></main></body>`,
    'https://mail.example/read/77',
  );

describe('one mail whose body quotes earlier mails under header blocks', () => {
  it('reads the mail as one message from its sender (not the avatar initials the page hides), not its quote headers as messages', () => {
    const page = oneMail(
      '<div class="author-avatar"><span aria-hidden="true">AW</span></div><span class="sender-name" title="anton.weiss@example.at">Anton Weiss</span>',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages).toHaveLength(1);
    expect(thread.messages[0]!.author).toEqual({ name: 'Anton Weiss', email: 'anton.weiss@example.at' });
    expect(thread.messages[0]!.role).toBe('customer');
    // The history stays in the text; lib/ticket's stripper cuts it at the first quote header.
    expect(thread.messages[0]!.text).toContain('Von: Lena Ilic');
    expect(buildTicket(thread).latestCustomerMessage).toMatch(/^Guten Morgen Frau Ilic,\n\ndanke, die Fotos .* kein Geld zurück\.$/s);
  });

  it('tells a quote header by its shape, in any language, and not a message that only starts with a label', () => {
    const block = (html: string) => htmlPage(`<body><div id="b">${html}</div></body>`, 'https://x.example/').document.getElementById('b')!;
    expect(isQuoteHeader(block('<b>差出人:</b> 山田<br><b>送信日時:</b> 2026年12月3日<br><b>件名:</b> 注文'))).toBe(true);
    expect(isQuoteHeader(block('<b>De :</b> Paul<br><b>Envoyé :</b> jeudi<br><b>À :</b> Léa<br><b>Objet :</b> Colis'))).toBe(true);
    expect(isQuoteHeader(block('Note: the parcel is late.<br>Order: 4411<br>Can you check it please?'))).toBe(false);
    expect(isQuoteHeader(block('<b>From:</b> Paul<br><b>Subject:</b> Parcel'))).toBe(false);
  });
});
