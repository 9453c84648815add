import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const page = (lang: string, body: string) =>
  htmlPage(`<!doctype html><html lang="${lang}"><body><main>${body}</main></body></html>`, 'https://chat.example/c/88');
/** A chat row without a marked body: the sender, the time, the words, and the page's status line under them. */
const row = (side: string, who: string, time: string, words: string, status = '') =>
  `<li class="chat-row chat-row--${side}"><b class="sender">${who}</b><time datetime="2026-12-03T${time}">${time}</time><div>${words}</div>${status}</li>`;
const texts = (lang: string, rows: string) =>
  readStructurally(page(lang, `<ul class="chat">${rows}</ul>`).document, new URL('https://chat.example/c/88'), {
    site: 'generic',
  })!.messages.map((message) => message.text);

describe('withoutReceipt: a delivery or read receipt beside a message is not its text', () => {
  it('leaves out "Envoyé", "Vu 14:02" and "既読" lines of their own, in any language', () => {
    expect(
      texts(
        'fr',
        row('in', 'Chloé Martin', '13:58', 'Bonjour, mon colis 7731 est bloqué depuis lundi.', '<small class="tick">Envoyé</small>') +
          row(
            'out',
            'Hugo (Atelier Nord)',
            '14:01',
            'Je regarde avec le transporteur tout de suite.',
            '<div class="state"><span>Vu 14:02</span></div>',
          ),
      ),
    ).toEqual(['Bonjour, mon colis 7731 est bloqué depuis lundi.', 'Je regarde avec le transporteur tout de suite.']);
    expect(
      texts(
        'ja',
        row('in', '田中 花子', '09:10', '注文 5521 がまだ届いていません。確認をお願いします。', '<span>既読</span>') +
          row('out', '山本', '09:12', '確認いたします。少々お待ちください。'),
      )[0],
    ).toBe('注文 5521 がまだ届いていません。確認をお願いします。');
  });

  it('keeps a last paragraph the sender wrote, a sentence starting with a receipt word and a phone footer', () => {
    expect(
      texts(
        'en',
        row('in', 'Ana Ruiz', '10:00', '<p>Did the parcel arrive at your depot?</p><p>Read</p>') +
          row('out', 'Sam (Shop)', '10:05', 'It did, we ship it today.', '<div>Delivered to the buyer in Spanish.</div>') +
          row('in', 'Ana Ruiz', '10:07', 'Great, thanks!<br>Sent from my phone'),
      ),
    ).toEqual([
      'Did the parcel arrive at your depot?\n\nRead',
      'It did, we ship it today.\nDelivered to the buyer in Spanish.',
      'Great, thanks!\nSent from my phone',
    ]);
  });
});
