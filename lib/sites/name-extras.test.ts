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

  it("leaves out a mail header's From label the name was read with, in any language", () => {
    expect(nameWithoutExtras('Von: Greta Lindqvist')).toBe('Greta Lindqvist');
    expect(nameWithoutExtras('De : Paul Girard')).toBe('Paul Girard');
    expect(nameWithoutExtras('Från: Elin Berg')).toBe('Elin Berg');
    expect(nameWithoutExtras('差出人：山田 花子')).toBe('山田 花子');
    expect(nameWithoutExtras('보낸 사람: 김민지')).toBe('김민지');
    // Without the colon it is a name ("De Vries", "Van Dyke").
    expect(nameWithoutExtras('De Vries')).toBe('De Vries');
    expect(nameWithoutExtras('Van Dyke')).toBe('Van Dyke');
    expect(nameWithoutExtras('Da Silva Rocha')).toBe('Da Silva Rocha');
  });

  it('leaves out a From label written without its colon, where no name begins with the word', () => {
    expect(nameWithoutExtras('From Hanna Kowalczyk')).toBe('Hanna Kowalczyk');
    expect(nameWithoutExtras('från Nils Ek')).toBe('Nils Ek');
    expect(nameWithoutExtras('差出人 佐藤 健')).toBe('佐藤 健');
    // The word alone, or glued to what follows, is no label.
    expect(nameWithoutExtras('Fromm Erich')).toBe('Fromm Erich');
  });

  it('reads the sender of a helpdesk whose message header keeps the label in the sender element', () => {
    const block = (from: string, to: string, text: string) =>
      `<div class="entry"><div class="entry-head"><span class="entry-from">${from}</span> <span class="entry-to">${to}</span></div><div class="entry-text">${text}</div></div>`;
    const page = htmlPage(
      `<body><main><h2>Brak faktury</h2><div class="entries">
        ${block('Od: Marek Zielinski &lt;marek.z@example.pl&gt;', 'Do: biuro@sklep.example', 'Nie dostałem faktury do zamówienia 4411, proszę o przesłanie.')}
        ${block('Od: Sklep Kwiatek &lt;biuro@sklep.example&gt;', 'Do: marek.z@example.pl', 'Faktura jest w załączniku, przepraszamy za zwłokę.')}
      </div></main></body>`,
      'https://desk.example/tickets/77',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.customer).toEqual({ name: 'Marek Zielinski', email: 'marek.z@example.pl' });
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

  it("leaves out the avatar's initials before a name, only when they are the name's", () => {
    expect(nameWithoutExtras('FAFernanda Almeida')).toBe('Fernanda Almeida');
    expect(nameWithoutExtras('JD Jean-Marc Dubois')).toBe('Jean-Marc Dubois');
    expect(nameWithoutExtras('MKMaria Klara von Kessel')).toBe('Maria Klara von Kessel');
    expect(nameWithoutExtras('AJ Smith')).toBe('AJ Smith');
    expect(nameWithoutExtras('MC Hammer')).toBe('MC Hammer');
    expect(nameWithoutExtras('J Jones')).toBe('J Jones');
  });

  it('leaves out the channel written after a name, in the supported languages', () => {
    expect(nameWithoutExtras('Fernanda Almeida por e-mail')).toBe('Fernanda Almeida');
    expect(nameWithoutExtras('Tom Baker via Web')).toBe('Tom Baker');
    expect(nameWithoutExtras('Jonas Weber über E-Mail')).toBe('Jonas Weber');
    expect(nameWithoutExtras('Claire Bonnet par e-mail')).toBe('Claire Bonnet');
    expect(nameWithoutExtras('中村 美咲 メール経由')).toBe('中村 美咲');
    expect(nameWithoutExtras('Olivia Webb')).toBe('Olivia Webb');
    expect(nameWithoutExtras('Kasper Email')).toBe('Kasper Email');
    expect(nameWithoutExtras('Anders Per Olsson')).toBe('Anders Per Olsson');
  });

  it('reads a helpdesk sender line with an avatar and a channel as the name alone', () => {
    const comment = (initials: string, who: string, via: string, at: string, text: string) =>
      `<article class="comment"><div class="sender"><span class="avatar">${initials}</span><strong>${who}</strong> <span>${via}</span></div><time datetime="${at}">${at}</time><div class="comment-body"><p>${text}</p></div></article>`;
    const page = htmlPage(
      `<body lang="pt-BR"><main><h1>Pedido trocado</h1><div role="log">
        ${comment('RS', 'Rita Souza', 'por e-mail', '2026-11-20T10:00:00Z', 'Recebi o pedido trocado.')}
        ${comment('LB', 'Lia Barros', 'Loja Azul', '2026-11-20T12:00:00Z', 'Vamos trocar hoje.')}
        ${comment('RS', 'Rita Souza', 'por e-mail', '2026-11-21T09:00:00Z', 'Obrigada!')}
      </div></main></body>`,
      'https://help.example/tickets/7',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.customer.name).toBe('Rita Souza');
    expect(thread.messages.map((message) => message.author.name)).toEqual(['Rita Souza', 'Lia Barros Loja Azul', 'Rita Souza']);
  });
});
