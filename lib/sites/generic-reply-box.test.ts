import { describe, expect, it } from 'vitest';
import { findGenericReplyBox, insertGenericReply } from './generic-reply-box';
import { fixturePage, htmlPage } from './testing/fixture-page';

const URL_ = 'https://helpdesk.example/tickets/2291';
const read = (file: string) => fixturePage('generic', file, URL_);

describe('generic reply box', () => {
  it('inserts into the reply box, not the internal note or the search field', async () => {
    const page = read('2026-11-24-helpdesk-ticket.html');
    expect(findGenericReplyBox(page.document)?.getAttribute('name')).toBe('reply');
    expect(await insertGenericReply(page.document, 'Hi Sarah, a new mug is on its way.')).toBe(true);
    expect((page.document.querySelector('#reply-body') as HTMLTextAreaElement).value).toBe('Hi Sarah, a new mug is on its way.');
    expect((page.document.querySelector('textarea[name=note]') as HTMLTextAreaElement).value).toBe('');
  });

  it('prefers the field the agent is in', () => {
    const page = read('2026-11-24-helpdesk-ticket.html');
    (page.document.querySelector('textarea[name=note]') as HTMLTextAreaElement).focus();
    expect(findGenericReplyBox(page.document)?.getAttribute('name')).toBe('note');
  });

  it('inserts into a contenteditable composer, and reports a page without any box', async () => {
    const page = read('2026-11-24-busy-inbox.html');
    expect(await insertGenericReply(page.document, 'Hola Lucía, la etiqueta va por correo.')).toBe(true);
    expect(page.document.querySelector('.composer-input')!.textContent).toBe('Hola Lucía, la etiqueta va por correo.');
    const empty = htmlPage('<p>Nothing to type in</p><textarea disabled></textarea>', URL_);
    expect(await insertGenericReply(empty.document, 'Hello')).toBe(false);
  });
});
