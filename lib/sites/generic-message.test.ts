import { describe, expect, it } from 'vitest';
import { readGenericMessage } from './generic-message';
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
  ])('leaves out a time with how long ago in brackets (%s) and the reply buttons', (_, time) => {
    const page = htmlPage(
      mail(time, '<div role="button" aria-label="Reply">Reply</div><button aria-label="More">More</button>'),
      'https://mail.example/1',
    );
    const read = readGenericMessage(page.document.querySelector('.item')!)!;
    expect(read.author.name).toBe('Ana Ruiz');
    expect(read.text).toBe('Hello,\nThe lamp arrived broken. Can you send another one?');
  });

  it('keeps a first line that only contains a button word', () => {
    const page = htmlPage(
      `<body><div class="item"><span class="sender">Ana Ruiz</span><div><div>Reply to my order question please</div><div>It is #4471.</div></div><button>Reply</button></div></body>`,
      'https://mail.example/1',
    );
    expect(readGenericMessage(page.document.querySelector('.item')!)!.text).toBe('Reply to my order question please\nIt is #4471.');
  });
});

describe('the "From" label (./from-label.ts) around a sender', () => {
  const item = (sender: string, rows: string) =>
    `<body><div class="item"><span class="sender">${sender}</span>${rows}<div>Hello, the parcel for order 3391 is a week late.</div></div></body>`;
  const read = (html: string) => readGenericMessage(htmlPage(html, 'https://mail.example/1').document.querySelector('.item')!)!;

  it.each(['Von: Jana Novak', 'From: Jana Novak', 'Från: Jana Novak', 'Od: Jana Novak', 'De : Jana Novak'])(
    'is a header row above the text, not the message (%s)',
    (row) => {
      expect(read(item('Nordlicht Support', `<div>${row}</div><div>Sent: Monday 09:12</div>`)).text).toBe(
        'Hello, the parcel for order 3391 is a week late.',
      );
    },
  );

  it('is taken off the sender line with its colon, and a name that begins with "De", "Van" or "Da" is kept whole', () => {
    expect(read(item('De: Jana Novak', '')).author.name).toBe('Jana Novak');
    expect(read(item('From Jana Novak', '')).author.name).toBe('Jana Novak');
    expect(read(item('De Vries Tuinmeubelen', '')).author.name).toBe('De Vries Tuinmeubelen');
    expect(read(item('Van Dijk', '')).author.name).toBe('Van Dijk');
    expect(read(item('Da Costa Marta', '')).author.name).toBe('Da Costa Marta');
  });
});

describe("an avatar's hidden initials are not the sender", () => {
  const read = (head: string) =>
    readGenericMessage(
      htmlPage(
        `<body><div class="item">${head}<div class="body">Can I still change the delivery address of order 5120?</div></div></body>`,
        'https://mail.example/1',
      ).document.querySelector('.item')!,
    )!;

  it('takes the sender line after an avatar whose whole text is hidden from screen readers', () => {
    expect(
      read('<div class="persona"><span aria-hidden="true">JM</span></div><span class="sender-name">Jorge Mena</span>').author.name,
    ).toBe('Jorge Mena');
    expect(
      read(
        '<div class="persona"><span aria-hidden="true">JM</span></div><div class="actor-badge"><b aria-hidden="true">★</b></div><span class="sender-name">Jorge Mena</span>',
      ).author.name,
    ).toBe('Jorge Mena');
  });

  it('keeps a sender element that shows a name beside a hidden icon', () => {
    expect(
      read('<span class="sender-name"><i aria-hidden="true" class="icon-mail"></i> Jorge Mena</span><span class="actor">Support</span>')
        .author.name,
    ).toBe('Jorge Mena');
  });
});
