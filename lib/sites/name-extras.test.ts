import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { nameWithoutExtras } from './name-extras';
import { person } from './people';
import { htmlPage } from './testing/fixture-page';

describe('a name without what its row writes beside it', () => {
  it('leaves out a phone number or a handle: an identity of its own, not part of the name', () => {
    expect(nameWithoutExtras('Luana Ribeiro +55 21 98832-4407')).toBe('Luana Ribeiro');
    expect(nameWithoutExtras('Tom Baker (+44) 7700 900123')).toBe('Tom Baker');
    expect(nameWithoutExtras('Tom Baker · 07700 900123')).toBe('Tom Baker');
    expect(nameWithoutExtras('Ana Lima @ana.lima')).toBe('Ana Lima');
  });

  it('keeps names that only look like it, and a contact known only by a number', () => {
    expect(nameWithoutExtras('Agent 47')).toBe('Agent 47');
    expect(nameWithoutExtras('Support Team 2')).toBe('Support Team 2');
    expect(nameWithoutExtras('Marie-Anne Martin')).toBe('Marie-Anne Martin');
    expect(nameWithoutExtras('+55 21 98832-4407')).toBe('+55 21 98832-4407');
    expect(nameWithoutExtras('Order 3518820447')).toBe('Order 3518820447');
  });

  it('is applied to every person a reader makes', () => {
    expect(person('Luana Ribeiro +55 21 98832-4407', undefined)).toEqual({ name: 'Luana Ribeiro' });
  });

  it("leaves the message's time in the author row out of the name, in any language", () => {
    const row = (who: string, at: string, text: string, side: string) =>
      `<div class="msg msg--${side}"><div class="msg-author"><img alt="${who}" src="a.jpg"> <span>${who}</span> <time>${at}</time></div><p class="msg-text">${text}</p></div>`;
    const page = htmlPage(
      `<body lang="fr"><main><h2>Camille Duret</h2><div class="thread">
        ${row('Camille Duret', '27 nov., 19:12', "Je n'ai pas reçu ma commande.", 'buyer')}
        ${row('Atelier Camomille', '28 nov., 08:31', 'Je renvoie un colis aujourd’hui.', 'seller')}
        ${row('Camille Duret', '09:58', 'Toujours rien ce matin.', 'buyer')}
      </div></main></body>`,
      'https://shop.example/conversations/1',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map((message) => message.author.name)).toEqual(['Camille Duret', 'Atelier Camomille', 'Camille Duret']);
    expect(thread.customer.name).toBe('Camille Duret');
  });
});
