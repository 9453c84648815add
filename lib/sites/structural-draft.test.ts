import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const read = (body: string) => {
  const { document, url } = htmlPage(
    `<!doctype html><html><body><main><h1>Lamp arrived cracked</h1>${body}</main></body></html>`,
    'https://desk.example/c/5520',
  );
  return readStructurally(document, url, { site: 'generic' });
};
const entry = (name: string, text: string, { attributes = ' class="entry"', label = '' } = {}) =>
  `<article${attributes}><div class="entry-head"><b>${name}</b>${label}<time datetime="2026-11-30T10:00:00Z">10:00</time></div><div class="entry-body">${text}</div></article>`;
const customerFirst = entry('Oskar Lindqvist', 'Hej, the glass shade of my lamp arrived cracked. Can you send a new one?');
const agentReply = entry('Mira (Lumen Shop)', 'Sorry about that, Oskar! Could you send a photo of the crack and the box?');
const customerLatest = entry('Oskar Lindqvist', 'Here is the photo. The box was dented on one corner too.');
const draftText = 'Thanks Oskar, a new shade leaves our warehouse tomorrow and you can keep';

describe('an unsent draft is never a message', () => {
  it.each([
    ['a draft class on the item', { attributes: ' class="entry" data-state="draft"' }],
    ['a class word', { attributes: ' class="entry entry--draft"' }],
    ['an English label', { label: '<span class="tag">Draft</span>' }],
    ['a Swedish label', { label: '<em>Utkast</em>' }],
    ['a Japanese label', { label: '<span>下書き</span>' }],
    ['a label in brackets', { label: '<span>[Kladde]</span>' }],
    ['a label with a colon', { label: '<i>Piszkozat:</i>' }],
    ["the item's own label", { attributes: ' class="entry" aria-label="Luonnos"' }],
    // A reply scheduled to send later has not been sent either (Outlook's "Invio pianificato", 2026-12-07).
    ['a scheduled-send label', { label: '<span class="chip">Scheduled send</span>' }],
    ['a German scheduled label', { label: '<small>Geplant</small>' }],
  ])('leaves out the agent draft marked by %s', (_, marks) => {
    const thread = read(`<section>${customerFirst}${agentReply}${customerLatest}${entry('Mira (Lumen Shop)', draftText, marks)}</section>`);
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
    expect(thread!.messages.at(-1)?.text).toContain('Here is the photo');
  });

  it('leaves out a reply still being written in an editable field, whatever its label says', () => {
    const editing = `<article class="entry"><div class="entry-head"><b>Mira (Lumen Shop)</b><span>Zuletzt gespeichert 09:12</span></div><div class="entry-body" contenteditable="true">${draftText}</div></article>`;
    const thread = read(`<section>${customerFirst}${agentReply}${customerLatest}${editing}</section>`);
    expect(thread!.messages.map((message) => message.role)).toEqual(['customer', 'agent', 'customer']);
  });

  it('keeps a message with an empty reply box inside it', () => {
    const withBox = entry(
      'Oskar Lindqvist',
      'Here is the photo. The box was dented on one corner too.<textarea placeholder="Reply"></textarea>',
    );
    const thread = read(`<section>${customerFirst}${agentReply}${withBox}</section>`);
    expect(thread!.messages).toHaveLength(3);
    expect(thread!.messages.at(-1)?.text).toContain('Here is the photo');
  });

  it('keeps a message that only speaks of a draft', () => {
    const thread = read(
      `<section>${customerFirst}${agentReply}${entry('Oskar Lindqvist', 'Draft of my complaint: the box was dented and the shade cracked.')}</section>`,
    );
    expect(thread!.messages).toHaveLength(3);
  });
});
