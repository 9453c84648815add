import { describe, expect, it } from 'vitest';
import type { Thread } from '@/lib/schemas/ticket';
import { buildFixtureExport } from './fixture-export';
import { createRedactor } from './redact-snapshot';
import { readStructurally } from './structural';
import { ADDRESSEE_LABEL } from './structural-header-row';
import { addresseeLabels } from './structural-header-row-words.json';
import { channels } from './structural-channel-words.json';
import { withoutChannelAfterBy } from './structural-channel-label';
import { htmlPage } from './testing/fixture-page';
import { checkRead, siteFixtures } from './testing/structural-fixtures';

const ORDER_NUMBER = /\d{3}-\d{7}-\d{7}|\d{2}-\d{5}-\d{5}|#\d{4,}|\b\d{4,}\b/g;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Sentences of the customer's text long enough to be theirs alone. */
const sentences = (text: string) =>
  oneLine(text)
    .split(/(?<=[.!?。？！])\s+/)
    .filter((sentence) => sentence.length >= 25);

/**
 * Pages whose redacted snapshot the structural reader reads differently: the test holds them to
 * differing, so a fix shows. None since 2026-12-05 (issue-10-layouts3): the Re:amaze-like page's
 * automated survey reply kept its "Automated" label once the readers' word lists were all kept
 * (./redact-read-alike.test.ts holds every page to reading alike, engine and structural reader).
 * Blind set 6 (2026-12-05) brought one back, Outlook's Japanese pop-out window; it reads alike again
 * since session 9 (the "From:" labels of every language are kept, redact-keep-words.json).
 */
const REDACTED_READ_DIFFERS: Record<string, string> = {};

describe('redacted snapshot of every fixture page', () => {
  for (const fixture of siteFixtures()) {
    if (fixture.expected.noConversation) continue;
    const expected = fixture.expected;
    it(`${fixture.site}/${fixture.file}: no customer string left, and the structural reader reads it alike`, () => {
      const page = fixture.load();
      const before = readStructurally(page.document, page.url, { site: fixture.site });
      // A fixed key: under a random one, a placeholder (a year's four digits) could spell a secret
      // number by chance and fail the run at random; the product's random key is tested below.
      const redactor = createRedactor(new Uint32Array([11, 22, 33, 44]));
      const html = redactor.snapshot(page.document);
      const text = oneLine(html);
      const secrets = [
        expected.customer.name,
        expected.customer.email,
        ...(expected.latestCustomerMessage ? sentences(expected.latestCustomerMessage) : []),
        // Order and tracking numbers; a year is no one's (timestamps keep theirs).
        ...(expected.latestCustomerMessage?.match(ORDER_NUMBER) ?? []).filter((number) => !/^(?:19|20)\d\d$/.test(number)),
      ].filter((secret): secret is string => !!secret && secret.length >= 4);
      expect(secrets.length).toBeGreaterThan(0);
      for (const secret of secrets) {
        // A number is a secret as a whole number: another number's placeholder (a message id's eight
        // digits) may hold its digits.
        if (/^\d+$/.test(secret)) expect(text).not.toMatch(new RegExp(`(?<!\\d)${secret}(?!\\d)`));
        else expect(text).not.toContain(oneLine(secret));
      }
      expect(html).not.toMatch(/<script|onerror=|onclick=/i);

      // Alike only where the reader reads the page right: a misread (a fresh page's inbox list taken
      // for the thread) may change with the placeholders.
      const misread = ['found', 'messageCount', 'roles'].some((field) => expected.structuralMisses?.includes(field as 'roles'));
      if (misread) return;
      const redacted = htmlPage(html, fixture.expected.url);
      const after = readStructurally(redacted.document, redacted.url, { site: fixture.site });
      const roles = (thread: Thread | null) => thread?.messages.map((message) => message.role);
      if (REDACTED_READ_DIFFERS[`${fixture.site}/${fixture.file}`]) expect(roles(after)).not.toEqual(roles(before));
      else expect(roles(after)).toEqual(roles(before));
    });
  }
});

describe('createRedactor', () => {
  it('draws a new key per snapshot, so placeholders cannot be matched across two reports', () => {
    const word = 'Schneiderstraße Wilhelmina Oosterhout';
    expect(createRedactor().text(word)).not.toBe(createRedactor().text(word));
  });

  it("keeps a timestamp's exact time in its title, which orders the messages, and redacts other titles", () => {
    const page = htmlPage(
      '<p><span class="datetime" title="2026-12-01 14:22">Dec 1, 3:22 PM</span> <span title="Pieter Janssen 2">Pieter</span></p>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).toContain('title="2026-12-01 14:22">Dec 1, 3:22 PM<');
    expect(html).not.toContain('Pieter');
  });

  it("redacts a name beside a date in an aria-label or a title, and keeps the date's words the readers order by", () => {
    const page = htmlPage(
      '<div lang="de"><article class="ticket-article" aria-label="Maximilian Okonkwo-Berg, Mi. 02.12.2026 14:05"><p>Hallo</p></article>' +
        '<span class="msg-meta" title="Sølvi Haugen – 2026-12-01 14:22">gestern</span></div>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).not.toMatch(/Maximilian|Okonkwo|Berg|Sølvi|Haugen/);
    expect(html).toMatch(/aria-label="[A-Z][a-z]{9} [A-Z][a-z]{6}-[A-Z][a-z]{3}, [A-Za-z]{2}\. 02\.12\.2026 14:05"/);
    expect(html).toMatch(/title="[A-Z][a-z]{4} [A-Z][a-z]{5} – 2026-12-01 14:22"/);
  });

  it("redacts a name inside a timestamp's element and keeps its date; a short time alone stays as it is", () => {
    const page = htmlPage(
      '<div lang="lv"><span class="msg-time">Ieva Ozoliņa 05.12.2026 21:37</span><span class="msg-time">21:40</span>' +
        '<span class="msg-time"><b>Pieter</b> 04.12.2026 10:31</span><span class="msg-time">Gestern 19:40 · Pieter</span></div>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).not.toMatch(/Ieva|Ozoliņa/);
    expect(html).toMatch(/<span class="msg-time">[A-Z][a-z]{3} [A-Z][a-z]{6} 05\.12\.2026 21:37<\/span><span class="msg-time">21:40</);
    expect(html).not.toContain('Pieter');
    // A relative day the readers know stays beside its time.
    expect(html).toMatch(/<span class="msg-time">Gestern 19:40 · [A-Z][a-z]{5}<\/span>/);
  });

  it("redacts every attribute that can carry a person's text: alt, placeholder, aria-description, value, content, data-*", () => {
    const page = htmlPage(
      '<meta name="author" content="Sølvi Haugen"><img alt="Sølvi Haugen" src="data:,"><input placeholder="Reply to Sølvi" value="Hei Sølvi">' +
        '<div aria-description="Sølvi Haugen, VIP" data-ship-to="Rua das Flores 118, 4050-262 Porto" data-testid="ship-to"></div>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).not.toMatch(/Sølvi|Haugen|Flores|4050-262|Porto/);
    // Structure the readers select by is kept; the address keeps its shape.
    expect(html).toContain('data-testid="ship-to"');
    expect(html).toMatch(/data-ship-to="[A-Z][a-z]{2} [a-z]{3} [A-Z][a-z]{5} \d{3}, \d{4}-\d{3} [A-Z][a-z]{4}"/);
  });

  it("keeps a same-origin frame's document, redacted alike, as its srcdoc; drops frames inside removed objects", () => {
    const page = htmlPage(
      '<div class="mail"><span class="from">Greta Olofsson</span><iframe srcdoc="<p>My lamp from Greta Olofsson arrived broken.</p>"></iframe><object data="https://ads.example/x"><iframe></iframe></object></div>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).not.toContain('Greta');
    expect(html).not.toContain('lamp');
    const again = htmlPage(html, 'https://example.com/');
    const frames = again.document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const framedText = frames[0]!.contentDocument?.body.textContent ?? '';
    // The name maps to the same placeholder inside the frame as outside it.
    expect(framedText).toContain(again.document.querySelector('.from')!.textContent!);
    expect(framedText).toMatch(/^My [a-z]{4} from /);
  });

  it('keeps a date written as plain text, alone or beside a name in a header row, and redacts the name and a date in a sentence', () => {
    const page = htmlPage(
      '<div lang="fr"><span class="w">30.11.2026 19:40</span><div class="h">De : Greta Lind · 1 déc. 2026 08:05</div><p>Greta 30.11.2026 19:40</p><p>Commandé le 30.11.2026 19:40 par moi</p></div>',
      'https://example.com/',
    );
    const html = createRedactor(new Uint32Array([1, 2, 3, 4])).snapshot(page.document);
    expect(html).toContain('<span class="w">30.11.2026 19:40</span>');
    expect(html).toContain(' · 1 déc. 2026 08:05</div>');
    expect(html).not.toContain('Greta');
    expect(html).not.toContain('Commandé le 30.11.2026');
  });

  it("redacts a member's user ID in data-sender (eBay's mobile messages) and keeps a side word there", () => {
    const page = htmlPage(
      '<div data-sender="retro_kamera_jan"><p>Hallo</p></div><h1>retro_kamera_jan</h1><div data-sender="self" data-sender-role="seller"></div>',
      'https://m.ebay.de/',
    );
    const redactor = createRedactor(new Uint32Array([1, 2, 3, 4]));
    const html = redactor.snapshot(page.document);
    expect(html).not.toContain('retro_kamera_jan');
    // The same placeholder as the name shown in the header, so a reader can still match them.
    expect(html).toContain(`data-sender="${redactor.text('retro_kamera_jan')}"`);
    expect(html).toContain('data-sender="self" data-sender-role="seller"');
  });

  it('keeps shape: letters by letters of the same case and script, digits by digits, punctuation as it was', () => {
    const { text } = createRedactor(new Uint32Array([1, 2, 3, 4]));
    const out = text('Emma Schneider <emma.schneider@example.com>, order #1047, 田中 遥, 김서연');
    expect(out).toHaveLength('Emma Schneider <emma.schneider@example.com>, order #1047, 田中 遥, 김서연'.length);
    expect(out).toMatch(
      /^[A-Z][a-z]{3} [A-Z][a-z]{8} <[a-z]{4}\.[a-z]{9}@[a-z]{7}\.[a-z]{3}>, order #\d{4}, \p{Script=Han}{2} \p{Script=Han}, \p{Script=Hangul}{3}$/u,
    );
    expect(out).not.toContain('Emma');
    // Arabic and Hebrew keep their script (they have no case to keep), in new letters.
    const caseless = text('ليلى حداد، נועה לוי');
    expect(caseless).toMatch(/^\p{Script=Arabic}{4} \p{Script=Arabic}{4}، \p{Script=Hebrew}{4} \p{Script=Hebrew}{3}$/u);
    expect(caseless).not.toContain('ليلى');
    // One word, one placeholder: the agent in the header is still the agent in the messages.
    expect(text('Emma')).toBe(text('Emma'));
    expect(createRedactor(new Uint32Array([9, 9, 9, 9])).text('Emma')).not.toBe(text('Emma'));
  });

  it("keeps an avatar's initials matching the name they abbreviate, and a header's addressee label", () => {
    const { text } = createRedactor(new Uint32Array([5, 6, 7, 8]));
    const [initials, first, last] = text('FA Fernanda Almeida').split(' ') as [string, string, string];
    expect(initials).toBe(`${first[0]}${last[0]}`);
    expect(`${first} ${last}`).not.toBe('Fernanda Almeida');
    expect(text('Para: Fernanda')).toMatch(/^Para: [A-Z][a-z]{7}$/);
  });

  it('keeps every addressee label the readers know, so a redacted header row is still one', () => {
    const { text } = createRedactor(new Uint32Array([3, 1, 4, 1]));
    for (const label of addresseeLabels) {
      const row = text(`${label}: Fernanda Almeida`);
      expect(row.startsWith(`${label}:`)).toBe(true);
      expect(ADDRESSEE_LABEL().exec(row)?.index).toBe(0);
    }
  });

  it('keeps the channel after "replied by", so a redacted header still names no agent', () => {
    const { text } = createRedactor(new Uint32Array([2, 7, 1, 8]));
    for (const channel of channels) {
      const header = text(`Miren a répondu par ${channel}`);
      expect(header.endsWith(`par ${channel}`)).toBe(true);
      expect(withoutChannelAfterBy(header)).not.toContain(channel);
    }
  });
});

describe('buildFixtureExport', () => {
  it("writes the dated fixture and its expected ticket with the agent's corrections, in the snapshot's placeholders", () => {
    const redactor = createRedactor(new Uint32Array([5, 6, 7, 8]));
    const thread: Thread = {
      site: 'zendesk',
      url: 'https://northwind.zendesk.com/agent/tickets/4821',
      subject: 'Where is my order #1047?',
      customer: { name: 'Emma Schneider', email: 'emma.schneider@example.com' },
      messages: [
        { author: { name: 'Emma Schneider' }, role: 'customer', text: 'Where is my parcel?' },
        { author: { name: 'Ava Lindgren' }, role: 'customer', text: 'It is on its way.' },
      ],
      confidence: 0.55,
    };
    const files = buildFixtureExport({
      site: 'zendesk',
      date: '2026-12-04',
      what: 'Agent Workspace redesign!',
      snapshotHtml: '<!doctype html><html></html>',
      readTicket: thread,
      corrected: { roles: ['customer', 'agent'] },
      redactText: redactor.text,
    });
    expect(files.page.path).toBe('tests/fixtures/sites/zendesk/2026-12-04-agent-workspace-redesign.html');
    expect(files.expected.path).toBe('tests/fixtures/sites/zendesk/2026-12-04-agent-workspace-redesign.expected.json');
    const expected = JSON.parse(files.expected.json);
    expect(expected.roles).toEqual(['customer', 'agent']);
    expect(expected.latestCustomerMessage).toBe(redactor.text('Where is my parcel?'));
    expect(expected.customer.email).toBe(redactor.text('emma.schneider@example.com'));
    expect(files.expected.json).not.toMatch(/Emma|Schneider|1047/);
    expect(expected.readBy).toEqual({ site: 'zendesk', confidence: 0.55, correctedByAgent: true });
    expect(() =>
      buildFixtureExport({ site: 'zendesk', date: '4 Dec', what: 'x', snapshotHtml: '', readTicket: thread, redactText: redactor.text }),
    ).toThrow(/yyyy-mm-dd/);
  });

  it('its files are read by the fixture check: a redacted page and its expected ticket agree', () => {
    const fixture = siteFixtures((file) => file === '2026-12-04-classic-ticket.html')[0]!;
    const page = fixture.load();
    const redactor = createRedactor();
    const thread = readStructurally(page.document, page.url, { site: 'zendesk' })!;
    const files = buildFixtureExport({
      site: 'zendesk',
      date: '2026-12-04',
      what: 'classic',
      snapshotHtml: redactor.snapshot(page.document),
      readTicket: thread,
      redactText: redactor.text,
    });
    const expected = JSON.parse(files.expected.json);
    const redacted = htmlPage(files.page.html, expected.url);
    const wrong = checkRead(expected, readStructurally(redacted.document, redacted.url, { site: 'zendesk' })).filter(
      (result) => !result.ok,
    );
    expect(wrong).toEqual([]);
  });
});
