import { describe, expect, it } from 'vitest';
import { readStructurally } from './structural';
import { htmlPage } from './testing/fixture-page';

const reply = (who: string, when: string, text: string) =>
  `<div class="tl-reply"><p class="tl-meta"><span class="tl-who">${who}</span> <time datetime="${when}">${when.slice(0, 10)}</time></p><section class="rt-doc"><p>${text}</p></section></div>`;

describe('the opening request a page builds apart from the replies', () => {
  it('opens the conversation when its body is rendered like the replies, though its own class and heading differ', () => {
    const page = htmlPage(
      `<!doctype html><body><main><h1>Parcel 5521 arrived open</h1>
<div class="req-panel"><h3>Original request</h3><p class="req-by"><span class="tl-who">Henrik Dahl</span> opened this request by mail · <time datetime="2026-11-30T08:00:00Z">30 Nov</time></p><section class="rt-doc"><p>The parcel for order 5521 arrived open and the lamp shade is missing.</p></section></div>
<div class="tl">${reply('Ana Costa', '2026-11-30T10:00:00Z', 'Sorry about that, we are sending a new shade today.')}${reply('Henrik Dahl', '2026-12-02T09:00:00Z', 'The shade came, thank you. The bulb is missing too, though.')}</div></main></body>`,
      'https://desk.example/requests/5521',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages.map((message) => [message.author.name, message.role])).toEqual([
      ['Henrik Dahl', 'customer'],
      ['Ana Costa', 'agent'],
      ['Henrik Dahl', 'customer'],
    ]);
    expect(thread?.messages[0]?.text).toContain('lamp shade is missing');
    expect(thread?.subject).toBe('Parcel 5521 arrived open');
  });

  it('leaves out an element before the replies whose body is of another kind (a summary box)', () => {
    const page = htmlPage(
      `<!doctype html><body><main><h1>Parcel 5521 arrived open</h1>
<div class="req-panel"><p class="req-by"><span class="tl-who">Henrik Dahl</span> · <time datetime="2026-11-30T08:00:00Z">30 Nov</time></p><div class="kv"><p>Order 5521 · 2 items · shipped</p></div></div>
<div class="tl">${reply('Henrik Dahl', '2026-11-30T09:00:00Z', 'The parcel for order 5521 arrived open and the lamp shade is missing.')}${reply('Ana Costa', '2026-11-30T10:00:00Z', 'Sorry about that, we are sending a new shade today.')}</div></main></body>`,
      'https://desk.example/requests/5521',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' });
    expect(thread?.messages).toHaveLength(2);
  });
});
