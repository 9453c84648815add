import { describe, expect, it } from 'vitest';
import { htmlPage } from '@/lib/sites/testing/fixture-page';
import { reverseThread } from './reverse-thread';

const reversed = (thread: string) => {
  const { document } = htmlPage(`<html><body><main><div class="feed">${thread}</div></main></body></html>`, 'https://desk.example/t/9');
  const changed = reverseThread(document);
  return { changed, items: [...document.querySelector('.feed')!.children].map((child) => child.textContent!.replace(/\s+/g, ' ').trim()) };
};
const bubble = (time: string, text: string) => `<div class="bubble"><p>${text}</p> <time>${time}</time></div>`;

describe('a thread shown newest first', () => {
  it('moves each day line with the messages under it, newest day and message first', () => {
    const { changed, items } = reversed(
      `<div class="sep">Gestern</div>${bubble('09:12', 'Wo bleibt mein Paket?')}${bubble('09:40', 'Wir prüfen das.')}` +
        `<div class="sep">Heute</div>${bubble('08:05', 'Noch nichts angekommen.')}`,
    );
    expect(changed).toBe(true);
    expect(items).toEqual(['Heute', 'Noch nichts angekommen. 08:05', 'Gestern', 'Wir prüfen das. 09:40', 'Wo bleibt mein Paket? 09:12']);
  });

  it('takes a day line that is a bare time element for a day line, not a message', () => {
    const { items } = reversed(
      `<p><time datetime="2026-12-03">3 décembre</time></p>${bubble('10:00', 'Bonjour, colis abîmé.')}` +
        `<p><time datetime="2026-12-04">4 décembre</time></p>${bubble('11:30', 'Photo envoyée.')}${bubble('11:45', 'Merci, remboursé.')}`,
    );
    expect(items).toEqual(['4 décembre', 'Merci, remboursé. 11:45', 'Photo envoyée. 11:30', '3 décembre', 'Bonjour, colis abîmé. 10:00']);
  });

  it('moves a status line with its day, and the messages above the first day line go last as a group of their own', () => {
    const { items } = reversed(
      `${bubble('Dec 1, 9:00 AM', 'Is the lamp still for sale?')}<div class="status">Offer declined by you</div>` +
        `<div class="sep">Yesterday</div>${bubble('4:10 PM', 'Would you take 40?')}${bubble('4:20 PM', 'Or 42?')}`,
    );
    expect(items).toEqual([
      'Yesterday',
      'Or 42? 4:20 PM',
      'Would you take 40? 4:10 PM',
      'Is the lamp still for sale? Dec 1, 9:00 AM',
      'Offer declined by you',
    ]);
  });

  it('leaves what sits before the first message and after the last in place', () => {
    const { items } = reversed(
      `<button>Ver mensajes anteriores</button><div class="sep">Ayer</div>${bubble('10:00', '¿Tienen talla M?')}` +
        `<div class="sep">Hoy</div>${bubble('09:00', 'Sí, la tenemos.')}<div class="typing">Lucía está escribiendo…</div>`,
    );
    expect(items).toEqual([
      'Ver mensajes anteriores',
      'Hoy',
      'Sí, la tenemos. 09:00',
      'Ayer',
      '¿Tienen talla M? 10:00',
      'Lucía está escribiendo…',
    ]);
  });
});
