import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { ebayReplyBox } from './ebay';

const JACK_URL = 'https://www.ebay.com/cnt/ViewMessage?group_type=CORE&question_id=2417739012345';

describe('ebay reply box', () => {
  it('inserts into the visible textarea so the page sees input, keeping what the seller had typed', async () => {
    const page = fixturePage('ebay', '2026-11-24-buyer-waiting.html', JACK_URL);
    const box = ebayReplyBox.findReplyBox(page.document) as HTMLTextAreaElement;
    expect(box.getAttribute('data-testid')).toBe('reply-textarea');
    box.value = 'draft';
    let inputs = 0;
    box.addEventListener('input', () => inputs++);
    expect(await ebayReplyBox.insertReply(page.document, 'Hi Jack,\n\nthanks for your message.')).toBe(true);
    expect(box.value).toBe('Hi Jack,\n\nthanks for your message.\n\ndraft');
    expect(inputs).toBe(1);
  });

  it('finds no box when the form is hidden or disabled', () => {
    const page = fixturePage('ebay', '2026-11-24-buyer-waiting.html', JACK_URL);
    page.document.querySelector<HTMLTextAreaElement>('[data-testid=reply-textarea]')!.disabled = true;
    page.document.querySelectorAll<HTMLTextAreaElement>('textarea').forEach((textarea) => textarea.setAttribute('style', 'display:none'));
    expect(ebayReplyBox.findReplyBox(page.document)).toBeNull();
  });
});
