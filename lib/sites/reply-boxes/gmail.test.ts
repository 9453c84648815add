import { describe, expect, it } from 'vitest';
import { fixturePage, htmlPage } from '../testing/fixture-page';
import { gmailReplyBox as gmail } from './gmail';

const REPLY = 'Hi Emma,\nyour parcel is with UPS.';
const EMMA_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfxmKqWnVJtPzXhRLdSgCkBvN';

describe('gmail reply box', () => {
  it('Gmail: clicks Reply when no reply box is open, waits for it, inserts on top; the pop-up draft is untouched', async () => {
    const { document, window } = fixturePage('gmail', '2026-11-24-busy-page.html', EMMA_URL);
    const popupBefore = document.querySelector('.AD [contenteditable]')!.innerHTML;
    const clicks: string[] = [];
    document.addEventListener('mousedown', (event) => {
      const reply = (event.target as Element).closest('[role=button].aaq');
      if (!reply) return;
      clicks.push(reply.getAttribute('aria-label')!);
      // Gmail opens the inline reply a moment later.
      window.setTimeout(() => {
        reply
          .closest('[role=listitem]')!
          .querySelector('.ip')!
          .insertAdjacentHTML(
            'beforeend',
            '<div class="M9"><div class="Am Al editable" role="textbox" contenteditable="true" g_editable="true"><div><br></div><div class="gmail_signature">-- Ava</div></div></div>',
          );
      }, 50);
    });
    expect(gmail.findReplyBox(document)).toBeNull();

    await expect(gmail.insertReply(document, REPLY)).resolves.toBe(true);
    expect(clicks).toEqual(['Reply']);
    const box = gmail.findReplyBox(document)!;
    expect(box.innerHTML.startsWith('Hi Emma,<br>your parcel is with UPS.')).toBe(true);
    expect(box.textContent).toContain('-- Ava');
    expect(document.querySelector('.AD [contenteditable]')!.innerHTML).toBe(popupBefore);

    // With the box open, a second insert does not click again.
    await expect(gmail.insertReply(document, 'Second line')).resolves.toBe(true);
    expect(clicks).toHaveLength(1);
  });

  it('Gmail: gives up when there is neither a reply box nor a Reply button', async () => {
    const { document } = htmlPage('<!doctype html><body><h2 class="hP">Subject</h2></body>', EMMA_URL);
    await expect(gmail.insertReply(document, REPLY)).resolves.toBe(false);
  });
});
