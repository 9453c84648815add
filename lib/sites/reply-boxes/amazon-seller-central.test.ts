import { describe, expect, it } from 'vitest';
import { fixturePage } from '../testing/fixture-page';
import { amazonSellerCentralReplyBox } from './amazon-seller-central';

const SOPHIE_URL = 'https://sellercentral.amazon.com/messaging/inbox?fi=RESPONSE_NEEDED&t=A2L8R5XKQ1V7ZT';

describe('amazon-seller-central reply box', () => {
  it('finds the reply textarea, also inside a Katal shadow root', () => {
    const page = fixturePage('amazon-seller-central', '2026-11-24-buyer-waiting.html', SOPHIE_URL);
    expect(amazonSellerCentralReplyBox.findReplyBox(page.document)?.getAttribute('data-test-id')).toBe('reply-textarea');
    const form = page.document.querySelector('[data-test-id="reply-form"]')!;
    form.querySelector('textarea')!.remove();
    const host = page.document.createElement('kat-textarea');
    host.attachShadow({ mode: 'open' }).innerHTML = '<textarea part="textarea"></textarea>';
    form.append(host);
    expect(amazonSellerCentralReplyBox.findReplyBox(page.document)).toBe(host.shadowRoot!.querySelector('textarea'));
  });
});
