import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { etsyReplyBox } from './etsy';

const CHARLOTTE_URL = 'https://www.etsy.com/messages/1651714855';
const HARPER_URL = 'https://www.etsy.com/messages/1652200413';

describe('etsy reply box', () => {
  it('inserts into the composer textarea so the page sees input', async () => {
    const page = fixturePage('etsy', '2026-11-24-buyer-waiting.html', CHARLOTTE_URL);
    const box = etsyReplyBox.findReplyBox(page.document) as HTMLTextAreaElement;
    expect(box.name).toBe('message');
    let inputs = 0;
    box.addEventListener('input', () => inputs++);
    expect(await etsyReplyBox.insertReply(page.document, 'Bonjour Charlotte,\n\nof course!')).toBe(true);
    expect(box.value).toBe('Bonjour Charlotte,\n\nof course!');
    expect(inputs).toBe(1);
  });

  it('finds the composer through the Quick replies button when its textarea has no known name', () => {
    const page = fixturePage('etsy', '2026-11-24-quoted-history.html', HARPER_URL);
    expect(etsyReplyBox.findReplyBox(page.document)?.getAttribute('placeholder')).toBe('Reply');
    page.document.querySelector('[aria-label="Quick replies"]')!.remove();
    expect(etsyReplyBox.findReplyBox(page.document)).toBeNull();
  });
});
