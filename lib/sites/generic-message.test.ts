import { describe, expect, it } from 'vitest';
import { readGenericMessage } from './generic-message';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const block = (id: string, text: string) =>
  `<div class="msg msg--agent" id="${id}"><span class="author">Dana Agent</span> <time datetime="2026-11-20T10:00:00Z">Nov 20</time><div class="body"><p>${text}</p></div></div>`;

describe('readGenericMessage', () => {
  it('reads a block once while it does not change, and again after any change inside it', () => {
    const page = htmlPage(
      `<body><div class="thread">${block('a', 'Your parcel left today.')}${block('b', 'It arrives Monday.')}</div></body>`,
      'https://helpdesk.example/t/1',
    );
    const first = page.document.getElementById('a')!;
    const read = readGenericMessage(first)!;
    expect(read).toMatchObject({ author: { name: 'Dana Agent' }, sentAt: '2026-11-20T10:00:00.000Z', text: 'Your parcel left today.' });
    expect([...read.classWords].sort()).toEqual(['agent', 'author', 'msg', 'msgagent']);
    // Unchanged: the same answer, not read again.
    expect(readGenericMessage(first)).toBe(read);
    first.querySelector('p')!.textContent = 'Your parcel left yesterday.';
    expect(readGenericMessage(first)!.text).toBe('Your parcel left yesterday.');
    first.setAttribute('class', 'msg msg--customer');
    expect([...readGenericMessage(first)!.classWords].sort()).toEqual(['author', 'customer', 'msg', 'msgcustomer']);
    // A change in another block leaves this one's answer as it was.
    const now = readGenericMessage(first);
    page.document.getElementById('b')!.querySelector('p')!.textContent = 'It arrives Tuesday.';
    expect(readGenericMessage(first)).toBe(now);
    expect(readGenericMessage(page.document.getElementById('b')!)!.text).toBe('It arrives Tuesday.');
  });
});

describe("a message's header chrome is not its text", () => {
  const mail = (time: string, buttons: string) =>
    `<body><div class="view"><div class="item"><div class="head"><span class="sender">Ana Ruiz</span> <span class="when">${time}</span> ${buttons}<div>to me</div></div><div><div>Hello,</div><div>The lamp arrived broken. Can you send another one?</div></div></div></div></body>`;

  it.each([
    ['en', '8:41 AM (2 hours ago)'],
    ['es', '19:48 (hace 16 horas)'],
    ['de', '09:12 (vor 3 Stunden)'],
    // How long ago in words, no digit.
    ['he', '10:47 (לפני יומיים)'],
    ['fr', '14:05 (il y a une heure)'],
  ])('leaves out a time with how long ago in brackets (%s) and the reply buttons', (_, time) => {
    const page = htmlPage(
      mail(time, '<div role="button" aria-label="Reply">Reply</div><button aria-label="More">More</button>'),
      'https://mail.example/1',
    );
    const read = readGenericMessage(page.document.querySelector('.item')!)!;
    expect(read.author.name).toBe('Ana Ruiz');
    expect(read.text).toBe('Hello,\nThe lamp arrived broken. Can you send another one?');
  });

  const addressed = (recipients: string, first: string) =>
    `<body><div class="item"><div class="head"><span class="sender">Ewa Nowak</span> <span class="when">10:02</span><div>${recipients}</div></div><div><div>${first}</div><div>The second lamp has no bulb either.</div></div></div></body>`;

  it.each([
    ['sv', 'till mig, Ola'],
    ['pl', 'do mnie'],
    ['nb', 'til Kari, meg'],
    ['de', 'an mich, Jonas'],
    ['vi', 'tới tôi, Thu'],
    ['ru', 'кому мне, Ольга'],
    // A recipient line written as one "to me" phrase (header-row words' toUsLines).
    ['tr', 'alıcı: ben'],
    ['tr, with another addressee', 'alıcı: ben, Mert'],
    ['ko', '나에게'],
    ['ja', '自分宛'],
    ['zh, the space left out', '发送至我'],
  ])('leaves out a recipient row without a colon, or one "to me" phrase, that names us (%s)', (_, recipients) => {
    const page = htmlPage(addressed(recipients, 'Good morning,'), 'https://mail.example/1');
    expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe('Good morning,\nThe second lamp has no bulb either.');
  });

  it('keeps a first line that starts like a recipient row but names nobody of ours', () => {
    const page = htmlPage(addressed('', 'Do you ship to Canada'), 'https://mail.example/1');
    expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe(
      'Do you ship to Canada\nThe second lamp has no bulb either.',
    );
  });

  it('keeps a first line that only contains a button word', () => {
    const page = htmlPage(
      `<body><div class="item"><span class="sender">Ana Ruiz</span><div><div>Reply to my order question please</div><div>It is #4471.</div></div><button>Reply</button></div></body>`,
      'https://mail.example/1',
    );
    expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe('Reply to my order question please\nIt is #4471.');
  });
});

describe('a header line that holds the sender, the time and a few words between them', () => {
  it('is left out as a whole: the name and the time are not counted against the few words', () => {
    // One line, no element for the body: "replied by e-mail" and the mailbox it went to sit between name and time.
    const page = htmlPage(
      '<body><div class="item"><p><a class="who" href="/people/7">Hana Dvořáková</a> odpověděla e-mailem komu: objednavky@sklo-a-lampy.example <time datetime="2026-12-05T17:30:00Z">5. pro 2026, 18:30</time></p><p>Dobrý večer, lampa dorazila celá, děkuji.</p></div></body>',
      'https://desk.example/1',
    );
    expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe('Dobrý večer, lampa dorazila celá, děkuji.');
  });
});

describe('a header of an addressee row with a colon and a numeric date above the text', () => {
  it.each([
    ['uk', 'Кому: orders@kvitka.example', 'Чт 03.12.2026 09:15'],
    ['tr', 'Kime: destek@kilim.example', '03/12/2026 09:15'],
    ['vi', 'tới tôi', '3 thg 12, 2026, 09:15'],
  ])('leaves both out (%s)', (_, addressee, date) => {
    const page = htmlPage(
      `<body><div class="item"><div class="head"><span class="sender">Iryna Bondar</span></div><div>${addressee}</div><div>${date}</div><div><div>Good morning,</div><div>The vase came cracked.</div></div></div></body>`,
      'https://mail.example/1',
    );
    expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe('Good morning,\nThe vase came cracked.');
  });
});

describe('a "From" row (./from-label.ts) above the text', () => {
  const item = (rows: string) =>
    `<body><div class="item"><span class="sender">Nordlicht Support</span>${rows}<div>Hello, the parcel for order 3391 is a week late.</div></div></body>`;

  it.each(['Von: Jana Novak', 'From: Jana Novak', 'Från: Jana Novak', 'Od: Jana Novak', 'De : Jana Novak'])(
    'is a header row, not the message (%s)',
    (row) => {
      const page = htmlPage(item(`<div>${row}</div><div>Sent: Monday 09:12</div>`), 'https://mail.example/1');
      expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe('Hello, the parcel for order 3391 is a week late.');
    },
  );
});

describe('CSS-module class names', () => {
  it('count by their camelCase words, so `isStaff_k2P9x` says who wrote the block', () => {
    const page = htmlPage(
      `<body><div class="row_Ab12c isStaff_k2P9x"><span class="who_Zz9q1">Noor Haddad</span><div class="txt_p0Q7w"><p>We can swap the strap for a longer one.</p></div></div></body>`,
      'https://desk.example/c/9',
    );
    const words = readGenericMessage(page.document.querySelector('.isStaff_k2P9x')!)!.classWords;
    expect(words.has('staff')).toBe(true);
    expect(words.has('is')).toBe(true);
    // A lower-case class with an underscore stays one word (`ticket_note` is a kind, not an author).
    const note = htmlPage(`<body><div class="ticket_note"><p>Left a voicemail for the buyer.</p></div></body>`, 'https://desk.example/c/9');
    expect([...readGenericMessage(note.document.querySelector('.ticket_note')!)!.classWords]).toEqual(['ticketnote']);
  });

  it('count with the underscore a build puts before them (`_byStaff_q81zz`)', () => {
    const page = htmlPage(
      `<body><div class="_entry_7hh2a _byStaff_q81zz"><span class="_who_0pl3d">Noor Haddad</span><p>We can swap the strap for a longer one.</p></div></body>`,
      'https://desk.example/c/9',
    );
    const words = readGenericMessage(page.document.querySelector('._byStaff_q81zz')!)!.classWords;
    expect(words.has('staff')).toBe(true);
    expect(words.has('by')).toBe(true);
  });
});

describe('what a block’s markup and label say about it', () => {
  it('reads a custom element’s `direction` and puts the block’s own ARIA label in its header', () => {
    const page = htmlPage(
      `<body><div role="list">
        <chat-row role="listitem" aria-label="Staff comment by Ivo"><chat-who direction="internal">Ivo Horvat</chat-who> <time datetime="2026-11-20T10:00:00Z">10:00</time><chat-text>Check the stock first.</chat-text></chat-row>
      </div></body>`,
      'https://helpdesk.example/t/2',
    );
    const read = readGenericMessage(page.document.querySelector('chat-row')!)!;
    expect(read.classWords).toContain('internal');
    expect(read.header.startsWith('staff comment by ivo')).toBe(true);
  });

  it('leaves a long label out of the header: a preview of the text, not a label', () => {
    const page = htmlPage(
      `<body><div role="list"><div role="listitem" aria-label="Message from Tove Berg: my parcel was sent by DHL to the wrong town, can you help"><span class="author">Tove Berg</span> <time datetime="2026-11-20T10:00:00Z">10:00</time><div>My parcel was sent by DHL to the wrong town, can you help?</div></div></div></body>`,
      'https://helpdesk.example/t/3',
    );
    expect(readGenericMessage(page.document.querySelector('[role=listitem]')!)!.header).not.toContain('sent by');
  });
});

describe("a row that shows only the page's notice about a message", () => {
  const mail = (from: string, when: string, inside: string) =>
    `<li class="mail"><p class="mail-head"><strong>${from}</strong> · <span>${when}</span></p>${inside}</li>`;
  const page = (third: string) =>
    htmlPage(
      `<body><h1>Broken hinge on order 5521</h1><ol class="mails">${mail('Lukas Brandt', '2 Dec 10:04', '<p>The hinge of the cabinet door broke on day two. Order 5521.</p>')}${mail('Oakline Support', '3 Dec 09:15', '<p>Sorry, Lukas! A new hinge is on its way.</p>')}${third}${mail('Lukas Brandt', '5 Dec 18:40', '<p>The hinge came, but the screws are missing. Can you send them too?</p>')}</ol></body>`,
      'https://mail.example/t/5521',
    );

  it('is no message: the sender withdrew it, nothing of it is left to read (role="status")', () => {
    const { document, url } = page(
      mail(
        'Lukas Brandt',
        '4 Dec 21:02',
        '<div role="status"><span aria-hidden="true">!</span> This message was recalled by its sender.</div>',
      ),
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.messages.at(-1)!.text).toMatch(/^The hinge came/);
  });

  it('keeps a message that has a notice beside its text', () => {
    const { document, url } = page(
      mail(
        'Lukas Brandt',
        '4 Dec 21:02',
        '<div role="status">Translated from German.</div><p>Any news about the hinge? I need the cabinet this week.</p>',
      ),
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread!.messages).toHaveLength(4);
    expect(thread!.messages[2]!.text).toContain('Any news about the hinge?');
  });
});

describe("a chat bubble's own time with the read ticks glued to it", () => {
  it('is not the end of its text', () => {
    const page = htmlPage(
      `<body><ul class="log"><li class="bubble"><b class="author">Noor Haddad</b><div>Your parcel left today, tracking follows.</div><span><time datetime="2026-12-04T10:02:00Z">10:02</time><i aria-hidden="true">✓✓</i></span></li></ul></body>`,
      'https://chat.example/c/9',
    );
    expect(readGenericMessage(page.document.querySelector('.bubble')!)!.text).toBe('Your parcel left today, tracking follows.');
  });
});

describe("a bubble's caption that says how long ago", () => {
  it('is its header, not its first words, like the older captions that say the date', () => {
    const bubble = (name: string, when: string, text: string) =>
      `<div class="fila"><img alt="${name}" src="data:,"><div class="globo__content"><div class="pie">${name} · ${when}</div><div class="texto">${text}</div><div class="visto">Visto</div></div></div>`;
    const { document, url } = htmlPage(
      `<body><main><h1>Encargo: mesa de nogal</h1><section>${bubble('Carmen Ruiz', '2 dic 2026', '¿Podéis hacer la mesa de 180 cm en vez de 160?')}${bubble('Taller Olmo', '3 dic 2026', 'Sí, Carmen, te preparo un anuncio reservado con ese tamaño.')}${bubble('Carmen Ruiz', 'hace 3 h', 'Perfecto, la compro esta noche. ¿Llega antes de Navidad?')}</section></main></body>`,
      'https://tienda.example/mensajes/88',
    );
    const thread = readStructurally(document, url, { site: 'generic' });
    expect(thread?.messages.at(-1)?.text).toBe('Perfecto, la compro esta noche. ¿Llega antes de Navidad?');
  });
});
