import { describe, expect, it } from 'vitest';
import { ebay } from './ebay';
import { htmlPage } from './testing/fixture-page';

/** eBay.it messages on a build without test ids: a folder list with its own heading sits before the conversation. */
const PAGE = `<html lang="it"><head><title>Messaggi | eBay</title></head><body><main class="msg-app">
  <nav class="msg-folders" aria-label="Cartelle"><h2>Cartelle</h2><ul><li>Tutti i messaggi</li><li>Inviati</li></ul></nav>
  <section class="msg-conversation" aria-label="Conversazione">
    <header><h1>luca_rossi77 ha inviato un messaggio su Lampada da tavolo in ottone</h1><a href="https://www.ebay.it/usr/luca_rossi77">luca_rossi77</a></header>
    <div role="log">
      <div class="msg-bubble msg-bubble--received"><span class="msg-bubble__sender">luca_rossi77</span><time datetime="2026-12-02T09:00:00Z">2 dic</time><p class="msg-bubble__text">Buongiorno, la lampada funziona con lampadine LED?</p></div>
    </div>
  </section></main></body></html>`;

describe('ebay on a build without test ids', () => {
  it("takes the subject from the conversation's heading, not the folder list's", () => {
    const page = htmlPage(PAGE, 'https://www.ebay.it/mye/myebay/messaging?conversationId=88120');
    expect(ebay.readThread(page.document, page.url)?.subject).toBe('luca_rossi77 ha inviato un messaggio su Lampada da tavolo in ottone');
  });
});
