import { afterEach, describe, expect, it } from 'vitest';
import { findPageIdentity, isSelf } from './structural-identity';
import { type FixturePage, htmlPage } from './testing/fixture-page';

let page: FixturePage | undefined;
afterEach(async () => {
  await page?.window.happyDOM.close();
  page = undefined;
});

describe("the signed-in account read from the page's chrome", () => {
  it.each([
    ['uk', 'Диспетчер облікових записів: Крамниця «Квітка» (orders@kvitka.example)', 'крамниця «квітка»'],
    ['ru', 'Диспетчер учетных записей для Лавка Пчёлка (orders@kvitka.example)', 'лавка пчёлка'],
    ['vi', 'Tài khoản Google: Gốm Hoa (orders@kvitka.example)', 'gốm hoa'],
  ])('takes an account label of the page bar in more languages (%s)', (_, label, name) => {
    page = htmlPage(
      `<html><body><div role="banner">Mail<button aria-label="${label}">KK</button></div><main><div class="thread"></div></main></body></html>`,
      'https://mail.example/inbox/3',
    );
    const identity = findPageIdentity(page.document, undefined, page.document.querySelector('.thread'));
    expect(identity.emails).toEqual(['orders@kvitka.example']);
    // The button's own initials come with it, as for every account button.
    expect(identity.names).toContain(name);
  });

  it.each([
    ['fa', 'حساب کاربری: پریسا نادری (کارشناس)', 'پریسا نادری'],
    ['he', 'חשבון: נועה ברק', 'נועה ברק'],
    ['sr', 'Moj nalog: Jelena Ilić', 'jelena ilić'],
  ])('takes an account label in Persian, Hebrew and Serbian (%s)', (_, label, name) => {
    page = htmlPage(
      `<html><body><div role="banner"><button aria-label="${label}">..</button></div><main><div class="thread"></div></main></body></html>`,
      'https://desk.example/agent/1',
    );
    const identity = findPageIdentity(page.document, undefined, page.document.querySelector('.thread'));
    expect(isSelf({ name }, identity)).toBe(true);
  });

  it('takes a user chip with its address in the top bar, never a requester chip in a ticket header', () => {
    page = htmlPage(
      `<html><body><div id="topnav"><a href="/">Desk</a><account-chip name="Sofie Lund" email="sofie@lund-lamps.example">SL</account-chip></div>
       <main><header><h2>Dimmer broken</h2><contact-chip name="Piet Smit" data-email="piet@example.nl">PS</contact-chip></header><div class="thread"></div></main></body></html>`,
      'https://desk.example/agent/2',
    );
    const identity = findPageIdentity(page.document, undefined, page.document.querySelector('.thread'));
    expect(identity.emails).toEqual(['sofie@lund-lamps.example']);
    expect(isSelf({ name: 'Sofie Lund' }, identity)).toBe(true);
    expect(isSelf({ name: 'Piet Smit', email: 'piet@example.nl' }, identity)).toBe(false);
  });

  it('takes every address of an account label and of the title, and the name without them', () => {
    page = htmlPage(
      `<html><head><title>Posteingang – Support@Harbor-Goods.example – Webmail</title></head><body>
       <header><a aria-label="Account manager for Kai Lund (kai.lund@harbor-goods.example team@harbor-goods.example)">K</a></header>
       <main><div class="thread"><p>Signed in as somebody@else.example — a customer's words, not the chrome.</p></div></main></body></html>`,
      'https://webmail.example/inbox/7',
    );
    const conversation = page.document.querySelector('.thread');
    const identity = findPageIdentity(page.document, undefined, conversation);
    expect(identity.emails.sort()).toEqual(['kai.lund@harbor-goods.example', 'support@harbor-goods.example', 'team@harbor-goods.example']);
    expect(identity.names).toEqual(['kai lund']);
    expect(isSelf({ name: 'Kai Lund' }, identity)).toBe(true);
    expect(isSelf({ email: 'team@harbor-goods.example' }, identity)).toBe(true);
    expect(isSelf({ email: 'somebody@else.example' }, identity)).toBe(false);
  });
});

describe('the account label in German', () => {
  it('reads both spellings of the account manager ("Kontomanager für", new Outlook\'s "Konto-Manager für")', () => {
    for (const label of ['Kontomanager für Kundendienst Nordlicht', 'Konto-Manager für Kundendienst Nordlicht']) {
      page = htmlPage(
        `<html><body><div role="banner"><button aria-label="${label}">KN</button></div><main id="thread"></main></body></html>`,
        'https://mail.example/',
      );
      const identity = findPageIdentity(page.document, undefined, page.document.getElementById('thread'));
      expect(identity.names).toContain('kundendienst nordlicht');
      expect(isSelf({ name: 'Kundendienst Nordlicht' }, identity)).toBe(true);
    }
  });
});

const identityOf = (body: string) => {
  page = htmlPage(`<!doctype html><html><head><title>Desk</title></head><body>${body}</body></html>`, 'https://desk.example/');
  return findPageIdentity(page.document, undefined, page.document.getElementById('conversation'));
};

describe('findPageIdentity', () => {
  it('takes a titled avatar in the top bar as the signed-in agent, with the presence after the name ignored', () => {
    const identity = identityOf(
      '<header role="banner"><a href="/">Desk</a><span class="top-bar-avatar" title="Jonas Ekberg – Upptagen">JE</span></header><main id="conversation"></main>',
    );
    expect(isSelf({ name: 'Jonas Ekberg' }, identity)).toBe(true);
    expect(isSelf({ name: 'Ulla Frisk' }, identity)).toBe(false);
  });

  it("takes no avatar outside the top bar: a customer's avatar beside the conversation or in the ticket's header is not us", () => {
    const identity = identityOf(
      '<header role="banner"><a href="/">Desk</a></header><main><aside><span class="contact-avatar" title="Ulla Frisk">UF</span></aside><div id="conversation"></div></main>',
    );
    expect(isSelf({ name: 'Ulla Frisk' }, identity)).toBe(false);
    const ticketHeader = identityOf(
      '<main><header class="ticket-header"><h1>Broken lamp</h1><span class="requester-avatar" title="Ulla Frisk">UF</span></header><div id="conversation"></div></main>',
    );
    expect(isSelf({ name: 'Ulla Frisk' }, ticketHeader)).toBe(false);
  });

  it('keeps no separator of an address list in the name ("Name (a@x; b@y)", "Name, a@x")', () => {
    for (const label of [
      'Account manager for Rosa Ilves (rosa@lakeside-tea.example; orders@lakeside-tea.example)',
      'Account manager for Rosa Ilves, rosa@lakeside-tea.example, orders@lakeside-tea.example',
    ]) {
      const identity = identityOf(`<header><a aria-label="${label}">R</a></header><main id="conversation"></main>`);
      expect(identity.names).toEqual(['rosa ilves']);
      expect(identity.emails.sort()).toEqual(['orders@lakeside-tea.example', 'rosa@lakeside-tea.example']);
    }
  });

  it('keeps the comma of a name written surname first', () => {
    const identity = identityOf(
      '<header><a aria-label="Account manager for Ilves, Rosa (rosa@lakeside-tea.example)">R</a></header><main id="conversation"></main>',
    );
    expect(identity.names).toEqual(['ilves, rosa']);
  });
});

describe('any chrome element that names the account, whatever its markup', () => {
  it.each([
    [
      'a button labelled with a Chinese profile prefix',
      '<header><button data-x="me" aria-label="個人檔案：王小明">王小明</button></header>',
      '王小明',
    ],
    ['a Polish account prefix in a title', '<div id="topnav"><span title="Moje konto: Ewa Nowak">EN</span></div>', 'ewa nowak'],
    [
      'a greeting before the name, then links after bars',
      '<div id="page-header"><p>Welcome, <strong>Tomás Ortega</strong> | <a href="/me">My profile</a> | <a href="/out">Log out</a></p></div>',
      'tomás ortega',
    ],
    ['an Arabic greeting', '<div id="header"><p>أهلاً، <b>ليلى حداد</b> | <a href="/p">ملفي</a></p></div>', 'ليلى حداد'],
  ])('reads %s', (_, chrome, name) => {
    page = htmlPage(`<html><body>${chrome}<main id="thread"><p>Hello, Jonas here.</p></main></body></html>`, 'https://desk.example/t/9');
    const identity = findPageIdentity(page.document, undefined, page.document.getElementById('thread'));
    expect(identity.names).toContain(name);
  });

  it('never reads a greeting inside the conversation', () => {
    page = htmlPage(
      '<html><body><nav><a href="/">Home</a></nav><main id="thread"><div><p>Hello, <b>Jonas Berg</b> | order 55</p></div></main></body></html>',
      'https://desk.example/t/9',
    );
    expect(findPageIdentity(page.document, undefined, page.document.getElementById('thread')).names).toEqual([]);
  });
});
