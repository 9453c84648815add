import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const URL_ = 'https://webmail.example/thread/55';
/** A webmail's expanded mail: sender, date, a recipient row without a colon, then the words. */
const mail = (from: string, email: string, to: string, toEmail: string, text: string) =>
  `<article class="mail"><div class="mail-head"><b data-email="${email}">${from}</b> <time datetime="2026-12-04T10:00">4 dec.</time><div class="rcpt">till <a href="mailto:${toEmail}">${to}</a></div></div><div>${text}</div></article>`;

describe('recipientRows: a header row naming the addressees without a colon is not the message', () => {
  it('leaves "till <addressee>" out of the first lines, whoever it names', () => {
    const { document, url } = htmlPage(
      `<!doctype html><html lang="sv"><body><main><h1>Trasig lampa</h1>${mail('Karin Berg', 'karin@example.se', 'Lampbutiken', 'hej@lampbutiken.example', 'Hej! Lampan kom trasig, vad gör jag nu?')}${mail('Lampbutiken', 'hej@lampbutiken.example', 'Karin Berg', 'karin@example.se', 'Vi skickar en ny lampa i dag.')}</main></body></html>`,
      URL_,
    );
    const thread = readStructurally(document, url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.text)).toEqual([
      'Hej! Lampan kom trasig, vad gör jag nu?',
      'Vi skickar en ny lampa i dag.',
    ]);
  });
});
