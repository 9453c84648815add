import { describe, expect, it } from 'vitest';
import { ThreadSchema } from '@/lib/schemas/ticket';
import { gmail } from './gmail';
import { gmailReplyBox } from './reply-boxes/gmail';
import { MAX_TEXT_LENGTH } from './text';
import { fixturePage, htmlPage } from './testing/fixture-page';

const EMMA_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';
const LIAM_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbgRcvWmTpLxNsKjHdZqYwFbGt';
const EMMA = { name: 'Emma Schneider', email: 'emma.schneider@example.com' };
const AGENT = 'support@northwindgoods.example';

function read(file: string, url = EMMA_URL, change?: (doc: Document) => void) {
  const page = fixturePage('gmail', file, url);
  change?.(page.document);
  return gmail.readThread(page.document, page.url);
}

describe('gmail isTicketPage', () => {
  it.each([
    '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN',
    '#all/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN',
    '#sent/19a8c4e2f1b07d35',
    '#label/Orders/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN',
    '#search/order+1047/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN',
    '#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN?compose=new',
  ])('an open conversation: %s', (hash) => {
    expect(gmail.isTicketPage(new URL(`https://mail.google.com/mail/u/0/${hash}`))).toBe(true);
  });

  it.each(['', '#inbox', '#inbox/p2', '#label/Orders', '#settings/general', '#search/where+is+my+order'])(
    'a list or settings page: "%s"',
    (hash) => {
      expect(gmail.isTicketPage(new URL(`https://mail.google.com/mail/u/0/${hash}`))).toBe(false);
    },
  );
});

describe('gmail readThread on saved pages', () => {
  it('reads a thread with quoted history: subject, ids, customer, roles, order, line breaks', () => {
    const thread = read('2026-11-24-quoted-history.html');
    expect(ThreadSchema.parse(thread)).toEqual(thread);
    expect(thread).toMatchObject({
      site: 'gmail',
      url: EMMA_URL,
      subject: 'Where is my order #1047?',
      threadId: '19a8c4e2f1b07d35',
      customer: EMMA,
    });
    const messages = thread!.messages;
    expect(messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(messages[1]!.author).toEqual({ name: 'Ava from Northwind Goods', email: AGENT });
    const times = messages.map((m) => Date.parse(m.sentAt!));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(messages[0]!.sentAt).toBe(new Date('2026-11-18T09:14').toISOString());
    const latest = messages[2]!.text;
    expect(latest.startsWith('Hi Ava,\n\nI got the shipping email on Friday')).toBe(true);
    expect(latest).toContain('Thank you,\nEmma');
    // Quoted history stays in the text (lib/ticket strips it); Gmail's "…" control does not.
    expect(latest).toContain('On Wed, Nov 18, 2026 at 2:03 PM Ava from Northwind Goods <support@northwindgoods.example> wrote:');
    expect(latest).not.toContain('Show trimmed content');
    expect(thread!.confidence).toBeGreaterThanOrEqual(0.95);
  });

  it('reads collapsed older messages from their snippets and leaves out the ones hidden without text', () => {
    const thread = read('2026-11-24-collapsed-older.html', LIAM_URL);
    expect(thread!.subject).toBe('Wrong size received – order #1052');
    expect(thread!.customer).toEqual({ name: "Liam O'Connor", email: 'liam.oconnor@example.net' });
    const texts = thread!.messages.map((m) => m.text);
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/^Hi, my order #1052 arrived today but it's the wrong size/);
    expect(texts[1]).toBe('Hi Ava, any news from the warehouse? Liam');
    expect(texts[2]).toMatch(/^Hello again,\n\nI still have the wrong size from order #1052: I received the linen shirt in Medium/);
    expect(thread!.messages.every((m) => m.role === 'customer')).toBe(true);
  });

  it("marks the agent's own reply when the shop wrote last", () => {
    const thread = read('2026-11-24-agent-replied-last.html');
    expect(thread!.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(thread!.messages.at(-1)!.author.email).toBe(AGENT);
    expect(thread!.customer).toEqual(EMMA);
  });

  it('finds the visible conversation on a busy page and ignores the pop-up compose window', () => {
    const page = fixturePage('gmail', '2026-11-24-busy-page.html', EMMA_URL);
    const thread = gmail.readThread(page.document, page.url);
    expect(thread!.subject).toBe('Where is my order #1047?');
    expect(thread!.messages).toHaveLength(3);
    expect(thread!.messages.map((m) => m.text).join('\n')).not.toMatch(/mailer boxes|wrong size/);
    expect(gmailReplyBox.findReplyBox(page.document)).toBeNull();
  });
});

describe('gmail: who is the agent', () => {
  const withoutAccountButton = (doc: Document) => doc.querySelector('a[aria-label^="Google Account"]')!.remove();

  it('falls back to the window title, then to the "me" markers, and says so in the confidence', () => {
    const full = read('2026-11-24-agent-replied-last.html')!;
    const byTitle = read('2026-11-24-agent-replied-last.html', EMMA_URL, withoutAccountButton)!;
    const byMe = read('2026-11-24-agent-replied-last.html', EMMA_URL, (doc) => {
      withoutAccountButton(doc);
      doc.title = 'Where is my order #1047? - Gmail';
    })!;
    for (const thread of [byTitle, byMe]) expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent']);
    expect(full.confidence).toBeGreaterThan(byTitle.confidence);
    expect(byTitle.confidence).toBeGreaterThan(byMe.confidence);
  });

  it('with no clue at all nobody is marked as the agent, at a lower confidence', () => {
    const thread = read('2026-11-24-agent-replied-last.html', EMMA_URL, (doc) => {
      withoutAccountButton(doc);
      doc.title = 'Gmail';
      doc.querySelectorAll('[name="me"]').forEach((span) => span.removeAttribute('name'));
    })!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'customer']);
    expect(thread.confidence).toBeLessThan(0.9);
  });
});

describe('gmail: fallbacks and bad input', () => {
  it('uses fallback selectors when primary classes are gone, at a lower confidence', () => {
    const thread = read('2026-11-24-quoted-history.html', EMMA_URL, (doc) => {
      doc.querySelectorAll('h2.hP').forEach((h2) => h2.classList.remove('hP'));
      doc.querySelectorAll('span.gD').forEach((span) => span.classList.remove('gD'));
      doc.querySelectorAll('[data-legacy-thread-id]').forEach((h2) => {
        h2.removeAttribute('data-legacy-thread-id');
        h2.removeAttribute('data-thread-perm-id');
      });
    })!;
    expect(thread.subject).toBe('Where is my order #1047?');
    expect(thread.threadId).toBe('FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN');
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.confidence).toBeLessThan(0.95);
  });

  it('returns null on a page still loading its messages', () => {
    expect(
      read('2026-11-24-quoted-history.html', EMMA_URL, (doc) => doc.querySelectorAll('[role=listitem]').forEach((m) => m.remove())),
    ).toBeNull();
  });

  it('returns null, without throwing, on an empty page and on a page whose DOM changed', () => {
    const empty = htmlPage('<!doctype html><title>Gmail</title><body></body>', EMMA_URL);
    expect(gmail.readThread(empty.document, empty.url)).toBeNull();
    const changed = read('2026-11-24-quoted-history.html', EMMA_URL, (doc) => {
      for (const element of Array.from(doc.querySelectorAll('*'))) {
        for (const name of element.getAttributeNames()) if (name !== 'style') element.removeAttribute(name);
      }
    });
    expect(changed).toBeNull();
  });

  it('bounds a 5 MB message instead of copying it whole', () => {
    const thread = read('2026-11-24-quoted-history.html', EMMA_URL, (doc) => {
      Array.from(doc.querySelectorAll('div.a3s'))
        .at(-1)!
        .insertAdjacentHTML('beforeend', `<p>${'x'.repeat(5_000_000)}</p>`);
    })!;
    expect(thread.messages.at(-1)!.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });

  it('yields clean, bounded text from hostile markup', () => {
    const thread = read('2026-11-24-quoted-history.html', EMMA_URL, (doc) => {
      const body = Array.from(doc.querySelectorAll('div.a3s')).at(-1)!;
      body.insertAdjacentHTML(
        'afterbegin',
        '<script>alert("x")</script><style>p{color:red}</style><span style="display: none">preheader junk</span><img src=x onerror="alert(1)" alt="pixel-alt">',
      );
      // Chromium's parser caps nesting at 512 levels; happy-dom's selector engine recurses past that.
      body.insertAdjacentHTML('beforeend', `${'<div>'.repeat(500)}deep text${'</div>'.repeat(500)}`);
      doc.querySelectorAll('span.gD').forEach((span) => span.setAttribute('name', 'N'.repeat(1_000_000)));
    })!;
    const latest = thread.messages.at(-1)!.text;
    expect(latest).not.toMatch(/alert|color:red|preheader|pixel-alt/);
    expect(latest.startsWith('Hi Ava,')).toBe(true);
    expect(latest.endsWith('deep text')).toBe(true);
    expect(thread.messages[0]!.author.name!.length).toBeLessThanOrEqual(200);
    expect(() => ThreadSchema.parse(thread)).not.toThrow();
  });
});

describe('gmail: messages nested in a wrapper', () => {
  it('reads the collapsed messages beside the expanded one by their ids, and leaves out the unsent draft, which has none', () => {
    const row = (id: string, who: string, email: string, snippet: string, title: string) =>
      `<div role="listitem"><div class="adf ads" data-message-id="#msg-f:${id}" data-legacy-message-id="${id}"><div class="kv">` +
      `<span class="gD" email="${email}" name="${who}">${who}</span><span class="iA g6">${snippet}</span><span class="g3" title="${title}">x</span></div></div></div>`;
    const page = htmlPage(
      `<!doctype html><html><head><title>Lamp flickers - Gmail</title></head><body>
       <header><a aria-label="Google Account: Lumen Help (help@lumen.example)" href="#"></a></header>
       <div role="main"><div role="list"><h2 class="hP" data-thread-perm-id="thread-f:42">Lamp flickers</h2><div class="wrap">
       ${row('a1', 'Otto Berg', 'otto@example.org', 'My new lamp flickers when dimmed.', 'Mon, Nov 30, 2026, 9:00 AM')}
       ${row('a2', 'Lumen Help', 'help@lumen.example', 'Which dimmer do you use?', 'Mon, Nov 30, 2026, 11:00 AM')}
       <div role="listitem"><div class="adn ads" data-message-id="#msg-f:a3" data-legacy-message-id="a3"><h3 class="iw"><span class="gD" email="otto@example.org" name="Otto Berg">Otto Berg</span></h3>
       <span class="g3" title="Tue, Dec 1, 2026, 8:00 AM">Dec 1</span><div class="ii gt"><div class="a3s">A Busch-Jaeger rotary one, bought in 2019.</div></div></div></div>
       <div role="listitem"><div class="adf ads"><div class="kv"><span class="gD" email="help@lumen.example" name="Lumen Help">me</span><span>Draft</span><span class="iA g6">That dimmer needs a trailing-edge…</span></div></div></div>
       </div></div></div></body></html>`,
      EMMA_URL,
    );
    const thread = gmail.readThread(page.document, page.url)!;
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.messages.at(-1)?.text).toContain('Busch-Jaeger');
  });
});

describe('gmail: list items without message ids, and a customer writing from a second address', () => {
  it('finds the open conversation by its subject, and gives the address she writes from now', () => {
    const item = (who: string, email: string, title: string, text: string) =>
      `<div role="listitem" class="h7"><div class="gs"><h3 class="iw"><span class="gD" email="${email}" name="${who}">${who}</span></h3>` +
      `<span class="g3" title="${title}">x</span><div class="ii gt"><div class="a3s">${text}</div></div></div></div>`;
    const page = htmlPage(
      `<!doctype html><html><head><title>Scarf colour - help@woolly.example - Woolly Mail</title></head><body>
       <header role="banner"><a aria-label="Google Account: Woolly (help@woolly.example)" href="#"></a></header>
       <div role="main"><div class="ha"><h2 class="hP">Scarf colour</h2></div><div role="list">
       ${item('Ines Moreau', 'ines@home.example', 'Mon, Nov 30, 2026, 9:00 AM', 'The scarf is grey, I ordered blue.')}
       ${item('Woolly', 'help@woolly.example', 'Mon, Nov 30, 2026, 11:00 AM', 'Sorry! Shall we send the blue one?')}
       ${item('Ines Moreau', 'i.moreau@office.example', 'Tue, Dec 1, 2026, 8:00 AM', 'Yes please, I write from work now.')}
       </div></div></body></html>`,
      EMMA_URL,
    );
    const thread = gmail.readThread(page.document, page.url)!;
    expect(thread.subject).toBe('Scarf colour');
    expect(thread.messages.map((m) => m.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread.customer).toEqual({ name: 'Ines Moreau', email: 'i.moreau@office.example' });
  });
});
