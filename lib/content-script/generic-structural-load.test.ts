import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MAX_THREAD_MESSAGES } from '@/lib/sites/engine/cap';
import { readRoute } from '@/lib/sites/engine/read-route';
import { installStructuralReader } from '@/lib/sites/engine/structural-source';
import { generic } from '@/lib/sites/generic';
import { withSelection } from '@/lib/sites/generic-selection';
import { readStructurally } from '@/lib/sites/structural';
import { answerRequest } from './answer-request';

const URL_ = 'https://helpdesk.example/tickets/2291';
const setUrl = (href: string) => (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);
const showPage = (html: string) => {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
};
/** A helpdesk page of `count` alternating customer and agent entries, oldest first. */
const longThread = (count: number) =>
  `<body><h1>Where is my order #4521?</h1><div class="thread">${Array.from({ length: count }, (_, index) => {
    const author = index % 2 === 0 ? 'Nora Quint' : 'Dana Agent';
    const sentAt = new Date(Date.UTC(2026, 9, 1) + index * 3_600_000).toISOString();
    return `<div class="entry"><span class="author">${author}</span> <time datetime="${sentAt}">${sentAt.slice(0, 10)}</time><p>Message ${index + 1} about the parcel.</p></div>`;
  }).join('')}</div><textarea name="reply"></textarea></body>`;
/** The background's part: injecting the structural-reader script installs the reader in this frame. */
const backgroundInjects = () =>
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation((async () => {
    installStructuralReader(readStructurally);
    return true;
  }) as unknown as typeof browser.runtime.sendMessage);
/** The read with the structural reader bundled, as everywhere but a content script. */
const bundledRead = () => {
  vi.unstubAllEnvs();
  const thread = readRoute(document, new URL(location.href), { adapter: generic }).thread;
  vi.stubEnv('STRUCTURAL_ON_DEMAND', 'true');
  return thread;
};

beforeEach(() => {
  // As the build defines it for the generic content script (wxt.config.ts).
  vi.stubEnv('STRUCTURAL_ON_DEMAND', 'true');
  setUrl(URL_);
  showPage(readFileSync('tests/fixtures/sites/generic/2026-11-24-helpdesk-ticket.html', 'utf8'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
  installStructuralReader(undefined);
  document.documentElement.innerHTML = '';
});

describe("the generic reader's structural reader, injected when its first read needs it", () => {
  it('asks the background once, then answers the page as the bundled reader reads it', async () => {
    const asked = backgroundInjects();
    const answer = await answerRequest({ type: 'getThread' }, generic);
    expect(asked).toHaveBeenCalledWith({ type: 'structuralReader' });
    const bundled = bundledRead();
    expect(bundled?.subject).toBe('Damaged mug – order #4521');
    expect(answer).toEqual({ thread: bundled });
    await answerRequest({ type: 'getThread' }, generic);
    expect(asked).toHaveBeenCalledTimes(1);
  });

  it('reads only the newest messages of a long page, as the bundled read does', async () => {
    showPage(longThread(MAX_THREAD_MESSAGES + 20));
    backgroundInjects();
    const answer = (await answerRequest({ type: 'getThread' }, generic)) as { thread: { messages: { text: string }[] } };
    expect(answer.thread.messages).toHaveLength(MAX_THREAD_MESSAGES);
    expect(answer.thread.messages.at(-1)?.text).toBe(`Message ${MAX_THREAD_MESSAGES + 20} about the parcel.`);
    expect(answer).toEqual({ thread: bundledRead() });
  });

  it('finds nothing when the background cannot inject it, and asks again next time', async () => {
    const asked = vi.spyOn(browser.runtime, 'sendMessage').mockRejectedValue(new Error('no access'));
    expect(await answerRequest({ type: 'getThread' }, generic)).toEqual({ thread: null, reason: 'nothing-found' });
    await answerRequest({ type: 'getThread' }, generic);
    expect(asked).toHaveBeenCalledTimes(2);
  });

  it('never asks for it while the agent chose a selection as the ticket', async () => {
    const asked = backgroundInjects();
    const reader = withSelection(generic, () => location.href);
    reader.useSelection('Subject: Cracked mug\nFrom: Sarah Kim <sarah.kim@example.org>\n\nOne mug arrived broken.');
    const answer = (await answerRequest({ type: 'getThread' }, reader.adapter)) as { thread: { subject: string } };
    expect(answer.thread.subject).toBe('Cracked mug');
    expect(asked).not.toHaveBeenCalled();
  });
});
