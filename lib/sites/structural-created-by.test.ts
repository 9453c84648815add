import { describe, expect, it } from 'vitest';
import { readStructurally } from '@/lib/sites/structural';
import { htmlPage } from '@/lib/sites/testing/fixture-page';

/** A helpdesk entry: its sender, a note about it, and its text. */
const entry = (side: string, who: string, about: string, iso: string, text: string) =>
  `<section class="entry entry--${side}"><p class="entry-meta"><b class="author">${who}</b> <i>${about}</i> <time datetime="${iso}">${iso.slice(5, 10)}</time></p><div class="entry-body">${text}</div></section>`;

describe('a message created by someone other than its sender', () => {
  it("is the agent's who typed it in for the caller shown as its sender", () => {
    const page = htmlPage(
      `<!doctype html><html lang="en"><body><main><h1>Wobbly chair</h1><div class="entries">
        ${entry('requester', 'Olga Berg', 'via e-mail', '2026-12-01T09:00:00Z', 'My new chair wobbles. Can you help?')}
        ${entry('staff', 'Pim Vos', 'via e-mail', '2026-12-01T11:00:00Z', 'Sorry, Olga! Please send a photo of the legs.')}
        ${entry('requester', 'Olga Berg', 'phone call · created by Pim Vos', '2026-12-02T10:00:00Z', 'Customer called: photo sent, one leg is shorter. Offered a new leg.')}
        ${entry('requester', 'Olga Berg', 'via e-mail', '2026-12-03T08:00:00Z', 'The new leg fits, thank you!')}
      </div></main></body></html>`,
      'https://help.example/tickets/88',
    );
    const thread = readStructurally(page.document, page.url, { site: 'generic' })!;
    expect(thread.messages.map(({ role }) => role)).toEqual(['customer', 'agent', 'agent', 'customer']);
    expect(thread.customer.name).toBe('Olga Berg');
  });

  it("is the sender's own when it names them as its creator", () => {
    const page = htmlPage(
      `<!doctype html><html lang="en"><body><main><h1>Wobbly chair</h1><div class="entries">
        ${entry('requester', 'Olga Berg', 'web form · created by Olga Berg', '2026-12-01T09:00:00Z', 'My new chair wobbles. Can you help?')}
        ${entry('staff', 'Pim Vos', 'via e-mail', '2026-12-01T11:00:00Z', 'Sorry, Olga! Please send a photo of the legs.')}
      </div></main></body></html>`,
      'https://help.example/tickets/89',
    );
    expect(readStructurally(page.document, page.url, { site: 'generic' })!.messages.map(({ role }) => role)).toEqual(['customer', 'agent']);
  });
});
