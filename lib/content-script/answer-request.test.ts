import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '@/lib/sites/types';
import type { Thread } from '@/lib/schemas/ticket';
import { answerRequest } from './answer-request';

const THREAD: Thread = {
  site: 'gmail',
  url: 'https://mail.google.com/mail/u/0/#inbox/abc',
  subject: 'Where is my order?',
  customer: { name: 'Emma' },
  messages: [{ author: { name: 'Emma' }, role: 'customer', text: 'Hi' }],
  confidence: 1,
};

function adapter(overrides: Partial<SiteAdapter> = {}): SiteAdapter {
  return {
    id: 'gmail',
    matches: [],
    isTicketPage: () => true,
    readThread: () => THREAD,
    findReplyBox: () => null,
    insertReply: async () => true,
    ...overrides,
  };
}

describe('answerRequest', () => {
  it('returns the thread the adapter reads', async () => {
    expect(await answerRequest({ type: 'getThread' }, adapter())).toEqual({ thread: THREAD });
  });

  it('says why there is no thread', async () => {
    expect(await answerRequest({ type: 'getThread' }, null)).toEqual({ thread: null, reason: 'unsupported-site' });
    expect(await answerRequest({ type: 'getThread' }, adapter({ isTicketPage: () => false }))).toEqual({
      thread: null,
      reason: 'not-a-ticket-page',
    });
    expect(await answerRequest({ type: 'getThread' }, adapter({ readThread: () => null }))).toEqual({
      thread: null,
      reason: 'nothing-found',
    });
  });

  it('never lets an adapter error escape into the page', async () => {
    const throwing = adapter({
      readThread: () => {
        throw new Error('DOM changed');
      },
      insertReply: async () => {
        throw new Error('editor refused');
      },
    });
    expect(await answerRequest({ type: 'getThread' }, throwing)).toEqual({ thread: null, reason: 'nothing-found' });
    const insert = await answerRequest({ type: 'insertReply', text: 'Hello' }, throwing);
    expect(insert).toMatchObject({ ok: false });
    expect((insert as { message: string }).message).toMatch(/refused/);
  });

  it('reports a reply box it could not find', async () => {
    const result = await answerRequest({ type: 'insertReply', text: 'Hello' }, adapter({ insertReply: async () => false }));
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/reply box/) });
    expect(await answerRequest({ type: 'insertReply', text: 'Hello' }, adapter())).toEqual({ ok: true });
  });
});
