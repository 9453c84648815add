import { describe, expect, it } from 'vitest';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { messagesHolder } from './messages-holder';
import { readWithProfile } from './read-with-profile';
import type { SiteProfile } from './types';

/** A marketplace pane: its header names the buyer and shows her relay address, then the messages. */
const PANE =
  '<section class="conversa"><div class="topo"><span>Compradora: <b>Joana Prates</b></span> <span>E-mail: <a href="mailto:q7w2e9r4@relay.mercado.example">q7w2e9r4@relay.mercado.example</a></span></div>' +
  '<div class="lista"><div class="msg"><i class="de">Joana Prates</i><p>Olá, a encomenda chegou com a caixa amassada e o copo partido.</p></div>' +
  '<div class="msg"><i class="de">Loja Aurora</i><p>Olá Joana, lamentamos muito! Enviamos outro amanhã.</p></div></div></section>';

describe('messagesHolder', () => {
  it('is the nearest element holding every message, never above the thread', () => {
    const { document } = htmlPage(`<body>${PANE}</body>`, 'https://mercado.example/m/1');
    const messages = [...document.querySelectorAll('.msg')];
    const thread = document.querySelector('.conversa')!;
    expect(messagesHolder(messages, thread).className).toBe('lista');
    expect(messagesHolder([], thread)).toBe(thread);
    expect(messagesHolder([document.querySelector('.topo')!, ...messages], thread)).toBe(thread);
  });
});

describe('a profile whose card selectors miss, with the thread being the whole pane', () => {
  it("takes the customer's address from the pane's own header", () => {
    const { document, url } = htmlPage(`<body>${PANE}</body>`, 'https://mercado.example/m/1');
    const profile = {
      id: 'team.mercado',
      site: 'generic',
      seen: '2026-12-07',
      selectors: {
        thread: '.conversa',
        message: '.msg',
        body: 'p',
        author: '.de',
        customerName: '.topo b',
        customerEmail: '[data-qa="buyer-mail"]',
      },
    } as SiteProfile;
    expect(readWithProfile(document, url, profile, Number.POSITIVE_INFINITY)?.customer).toEqual({
      name: 'Joana Prates',
      email: 'q7w2e9r4@relay.mercado.example',
    });
  });
});
