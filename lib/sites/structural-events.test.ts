import { afterEach, describe, expect, it } from 'vitest';
import type { GenericMessage } from './generic-message';
import { READER_WORDS } from './reader-words-data';
import { giveReaderWords } from './reader-words';
import { withoutEvents } from './structural-events';

const message = (text: string, name?: string, kind = 'div.entry'): GenericMessage => ({
  author: name ? { name } : {},
  text,
  classWords: new Set(kind === 'div.entry' ? ['entry'] : ['line']),
  header: '',
  side: null,
  kind,
});

describe('withoutEvents', () => {
  it.each([
    ['en', 'Chat ended · Pia Holm left the chat'],
    ['de', 'Chat beendet – Pia Holm hat den Chat verlassen'],
    ['fr', 'Chat terminé par Pia Holm'],
    ['es', 'Chat finalizado'],
    ['nl', 'Chat beëindigd · verder per e-mail'],
    ['ko', '채팅 종료'],
    ['ja', 'チャット終了'],
  ])('leaves out a chat platform line (%s: "%s"), so the messages around it stay who they are', (_, line) => {
    const messages = [
      message('Do you still have the oak shelf in 80 cm?', 'Pia Holm'),
      message('Let me look, one moment.', 'Tor Lund'),
      message(line, undefined, 'div.line'),
      message('It is back on Friday, I will mail you then.', 'Tor Lund'),
    ];
    expect(withoutEvents(messages).map((kept) => kept.text)).toEqual([messages[0]!.text, messages[1]!.text, messages[3]!.text]);
  });

  it.each([
    ['en', 'Tor Lund changed Status from Open to Waiting on customer · Mar 3'],
    ['pt', 'Tor Lund alterou Status de Aberto para Aguardando cliente · 3 de mar.'],
    ['fr', 'Tor Lund a modifié Statut de Ouvert en Attente · 3 mars'],
    ['es', 'Tor Lund cambió Estado de Abierto a Pendiente · 3 mar'],
    ['it', 'Tor Lund ha modificato Stato da Aperto a In attesa · 3 mar'],
  ])('leaves out a tracked field change written "<agent> changed Status from … to …" (%s)', (_, line) => {
    const messages = [
      message('The shelf is still not here.', 'Pia Holm'),
      message(line, 'Tor Lund'),
      message('It ships today.', 'Tor Lund'),
    ];
    expect(withoutEvents(messages).map((kept) => kept.text)).toEqual([messages[0]!.text, messages[2]!.text]);
  });

  it('keeps a message that only tells about a chat at length', () => {
    const long = `Sorry I left the chat so suddenly, my daughter woke up. ${'I would still like the oak shelf in 80 cm delivered to my parents. '.repeat(3)}`;
    expect(withoutEvents([message(long, 'Pia Holm')])).toHaveLength(1);
  });
});

describe('an attachment line', () => {
  const from = (name: string, text: string): GenericMessage => ({ ...message(text), header: `${name} replied · 10:02` });
  it.each([
    ['en', 'Pia Holm attached shelf_back.jpg'],
    ['de', 'Pia hat Lieferschein-0412.pdf angehängt'],
    ['fr', 'Pia Holm a joint photo_etagere.png'],
    ['ja', 'Pia が 棚の写真.jpeg を添付しました'],
  ])('naming a participant and a file (%s: "%s") is the platform’s, not a message', (_, line) => {
    const messages = [
      from('Pia Holm', 'The shelf came with a cracked back panel, what can I do?'),
      from('Tor Lund', 'Sorry to hear it! Could you send a photo?'),
      message(line, undefined, 'div.line'),
      from('Pia Holm', 'Here you go, the crack is along the left edge.'),
    ];
    expect(withoutEvents(messages)).toHaveLength(3);
    expect(withoutEvents(messages)).not.toContain(messages[2]);
  });

  it('in the first person, or with no file named, stays a message', () => {
    const messages = [
      from('Pia Holm', 'The shelf came with a cracked back panel, what can I do?'),
      from('Tor Lund', 'Sorry to hear it! Could you send a photo?'),
      from('Pia Holm', 'I attached shelf_back.jpg, the crack is on the left.'),
      from('Pia Holm', 'Pia Holm attached the photo to her last mail.'),
    ];
    expect(withoutEvents(messages)).toHaveLength(4);
  });
});

describe('platform senders and status class words', () => {
  afterEach(() => giveReaderWords(READER_WORDS));
  const thread = (line: GenericMessage) => [message('Is the walnut desk still in stock?', 'Ida Berg'), line];

  it('are the reader words given: a platform named there is an event, the one named before no longer', () => {
    expect(withoutEvents(thread(message('Order shipped.', 'Etsy')))).toHaveLength(1);
    giveReaderWords({ ...READER_WORDS, platformAuthors: ['marketbot'], systemClassWords: ['ledger'] });
    expect(withoutEvents(thread(message('Order shipped.', 'Marketbot')))).toHaveLength(1);
    expect(withoutEvents(thread({ ...message('Order shipped.'), classWords: new Set(['ledger']) }))).toHaveLength(1);
    expect(withoutEvents(thread(message('Order shipped.', 'Etsy')))).toHaveLength(2);
  });
});

describe('withoutEvents: a line saying who has seen the chat', () => {
  it('leaves out "Gelesen von <a participant>", keeps a short message that only starts with a receipt word', () => {
    const messages = [
      message('Ist der Mantel auch in Grün da?', 'Rosa Klein'),
      message('Ja, in allen Größen.', 'Till Ahrens'),
      message('Gelesen von Till Ahrens', undefined, 'div.line'),
      message('Received the parcel, Till Ahrens', undefined, 'div.line'),
    ];
    expect(withoutEvents(messages).map(({ text }) => text)).toEqual([
      'Ist der Mantel auch in Grün da?',
      'Ja, in allen Größen.',
      'Received the parcel, Till Ahrens',
    ]);
  });
});

describe('withoutEvents: a line saying the requester was changed', () => {
  it.each([
    ['fr', 'Camille Roux a modifié le demandeur : Camille Roux → Inès Morel'],
    ['it', 'Luca Bianchi ha cambiato il richiedente: Luca Bianchi → Sara Conti'],
  ])('leaves it out (%s), even signed by the agent who changed it', (_, line) => {
    const messages = [
      message('Une cliente m’a écrit au salon, reprenez-la svp.', 'Camille Roux'),
      message(line, 'Camille Roux'),
      message('Bonjour, le collier est-il encore disponible ?', 'Inès Morel'),
    ];
    expect(withoutEvents(messages).map(({ text }) => text)).toEqual([
      'Une cliente m’a écrit au salon, reprenez-la svp.',
      'Bonjour, le collier est-il encore disponible ?',
    ]);
  });
});
