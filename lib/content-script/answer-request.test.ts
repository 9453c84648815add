import { describe, expect, it } from 'vitest';
import type { SiteAdapter } from '@/lib/sites/types';
import type { Thread } from '@/lib/schemas/ticket';
import { testProfileOnPage } from '@/lib/sites/profile/test-on-page';
import type { TagApplier } from '@/lib/sites/tags/types';
import { answerRequest } from './answer-request';
import { answerExtras } from './extras-answers';
import type { SiteExtras } from './extras-hook';
import { CONVERSATION_PAGE, MESSAGE_LIST_PAGE } from '@/lib/sites/testing/route-pages';

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
    ...overrides,
  };
}

describe('answerRequest', () => {
  it('returns the thread the adapter reads', async () => {
    expect(await answerRequest({ type: 'getThread' }, adapter())).toEqual({ thread: { ...THREAD, reader: 'site' } });
  });

  it('reads with the site profiles the request carries, remembers them, and tests a profile on the page', async () => {
    document.body.innerHTML = `<div id="log"><div class="msg"><b>Ana</b><p>Where is order #1050?</p></div><div class="msg out"><b>Sam</b><p>On its way.</p></div></div>`;
    const profile = {
      id: 'team.gmail',
      site: 'gmail',
      seen: '2026-12-04',
      selectors: { thread: '#log', message: '.msg', body: 'p', author: 'b' },
      roles: { agent: '.out' },
    };
    const memory = { profiles: [] };
    const blind = adapter({ readThread: () => null });
    const response = (await answerRequest({ type: 'getThread', profiles: [profile] }, blind, memory)) as { thread: Thread };
    expect(response.thread).toMatchObject({ reader: 'profile', profileId: 'team.gmail' });
    expect(response.thread.messages.map((m) => [m.author.name, m.role])).toEqual([
      ['Ana', 'customer'],
      ['Sam', 'agent'],
    ]);
    // The next request without profiles (the thread watcher's read, a keyboard command) still uses them.
    expect(((await answerRequest({ type: 'getThread' }, blind, memory)) as { thread: Thread }).thread.reader).toBe('profile');
    // The tester arrives with the page-extras script; before it is injected there is no answer.
    expect(await answerRequest({ type: 'testProfile', profile }, blind, memory, {})).toBeNull();
    const test = await answerRequest({ type: 'testProfile', profile }, blind, memory, { testProfile: testProfileOnPage });
    expect(test).toMatchObject({
      findings: expect.arrayContaining([{ path: 'selectors.message', selector: '.msg', count: 2, sample: 'AnaWhere is order #1050?' }]),
    });
    document.body.innerHTML = '';
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

  it('reads a route the site does not know with the structural reader, and refuses one it declares', async () => {
    const unknownRoute = adapter({ isTicketPage: () => false, holdsNoConversation: () => false, readThread: () => THREAD });
    document.documentElement.innerHTML = CONVERSATION_PAGE;
    const response = (await answerRequest({ type: 'getThread' }, unknownRoute)) as { thread: Thread };
    // Read by the structural reader (the site's reader is not asked), which the panel words in plain words.
    expect(response.thread).toMatchObject({ site: 'gmail', reader: 'structural', customer: { name: 'Priya Nair' } });
    expect(response.thread.messages.at(-1)?.text).toMatch(/crack runs from the rim/);
    const declared = adapter({ isTicketPage: () => false, holdsNoConversation: () => true });
    expect(await answerRequest({ type: 'getThread' }, declared)).toEqual({ thread: null, reason: 'not-a-ticket-page' });
    document.documentElement.innerHTML = MESSAGE_LIST_PAGE;
    expect(await answerRequest({ type: 'getThread' }, unknownRoute)).toEqual({ thread: null, reason: 'not-a-ticket-page' });
    document.documentElement.innerHTML = '';
  });

  it('never lets an adapter error escape into the page', async () => {
    const throwing = adapter({
      readThread: () => {
        throw new Error('DOM changed');
      },
    });
    const refusing = { replyBox: { findReplyBox: () => null, insertReply: () => Promise.reject(new Error('editor refused')) } };
    expect(await answerRequest({ type: 'getThread' }, throwing)).toEqual({ thread: null, reason: 'nothing-found' });
    // A code, not an English sentence: the panel words it (lib/insert-reply.ts).
    expect(await answerRequest({ type: 'insertReply', text: 'Hello' }, throwing, undefined, refusing)).toEqual({
      ok: false,
      reason: 'page-refused',
    });
  });

  it('reports a reply box it could not find, and a page it does not know, as codes', async () => {
    const replyBox = (inserted: boolean) => ({ replyBox: { findReplyBox: () => null, insertReply: async () => inserted } });
    const insert = { type: 'insertReply', text: 'Hello' } as const;
    expect(await answerRequest(insert, adapter(), undefined, replyBox(false))).toEqual({ ok: false, reason: 'no-reply-box' });
    // Before the page-extras script brings the reply box, none is found.
    expect(await answerRequest(insert, adapter(), undefined, {})).toEqual({ ok: false, reason: 'no-reply-box' });
    expect(await answerRequest(insert, null, undefined, replyBox(true))).toEqual({ ok: false, reason: 'unknown-page' });
    expect(await answerRequest(insert, adapter(), undefined, replyBox(true))).toEqual({ ok: true });
  });

  it('passes a tag applier’s failure on as a code with the tags the page left out, and a throwing applier as page-refused', async () => {
    // The answer itself arrives with the page-extras script (./extras-answers.ts).
    const tags = (applyTags: TagApplier['applyTags']): SiteExtras => ({ tags: { readTags: () => [], applyTags }, answer: answerExtras });
    const partly = tags(async () => ({ applied: ['vip'], failure: 'not-taken', missing: ['sla-breach'] }));
    expect(await answerRequest({ type: 'applyTags', tags: ['vip', 'sla-breach'] }, adapter(), undefined, partly)).toEqual({
      ok: false,
      applied: ['vip'],
      reason: 'not-taken',
      missing: ['sla-breach'],
    });
    const throwing = tags(async () => {
      throw new Error('picker gone');
    });
    expect(await answerRequest({ type: 'applyTags', tags: ['vip'] }, adapter(), undefined, throwing)).toEqual({
      ok: false,
      applied: [],
      reason: 'page-refused',
    });
    expect(await answerRequest({ type: 'applyTags', tags: ['vip'] }, adapter(), undefined, {})).toEqual({
      ok: false,
      applied: [],
      reason: 'no-applier',
    });
  });
});
